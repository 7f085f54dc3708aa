# glasspy-only test: the modules glasspy writes in Python are built into the
# binary under "<glasspy>/lib", where no file is; linecache, inspect and the
# debugger's stack listing read their text from glasspy.embedded_source.
# Each check prints "ok NAME"; the .expected file is those fixed lines.
import glasspy
import inspect
import json
import linecache
import bdb


def check(name, condition, detail=''):
    print(f'ok {name}' if condition else f'FAIL {name}: {detail}')


text = glasspy.embedded_source(json.__file__)
check('json is built in', json.__file__ == '<glasspy>/lib/json.py', json.__file__)
check('its text', isinstance(text, str) and 'def dumps(' in text)
check('no such module', glasspy.embedded_source('<glasspy>/lib/no_such_module.py') is None)
try:
    glasspy.embedded_source(1)
except TypeError as e:
    check('TypeError', str(e) == 'embedded_source() argument must be str, not int', str(e))

lines = linecache.getlines(json.__file__)
check('linecache', ''.join(lines) == text)
line = json.dumps.__code__.co_firstlineno
check('getline', linecache.getline(json.__file__, line).startswith('def dumps('),
      linecache.getline(json.__file__, line))
linecache.checkcache()
check('checkcache keeps it', json.__file__ in linecache.cache)

source = inspect.getsource(json.dumps)
check('inspect.getsource', source.startswith('def dumps(') and source in text)
check('inspect.getsourcefile', inspect.getsourcefile(json) == json.__file__)

debugger = bdb.Bdb()
check('bdb leaves the name alone', debugger.canonic(json.__file__) == json.__file__)
