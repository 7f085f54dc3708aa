# import, from-import, packages, relative imports, sys.modules caching,
# circular imports and the import errors, as CPython reports them.
import sys
import mod_a
import mod_a as again
print(mod_a is again, mod_a.value, mod_a.hello())
print(type(mod_a), type(sys))
print(sys.modules['mod_a'] is mod_a, 'mod_a' in sys.modules)
from mod_a import value, hello as hi
print(value, hi())
import pkg.sub.deep
print(pkg.sub.deep.X, pkg.helper.f())
from pkg.sub import deep
print(deep is pkg.sub.deep)
import circ_a
print(circ_a.A)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import mod_a.x
except ModuleNotFoundError as e:
    print(e)
try:
    from mod_a import missing
except ImportError as e:
    print(str(e).replace(sys.path[0], 'DIR'))
try:
    from sys import nope
except ImportError as e:
    print(e)
print(sys.argv[1:], sys.path[0] == __file__.rsplit('/', 1)[0])
print(__name__, repr(sys)[:20])
print(sys.getrecursionlimit(), sys.getrefcount(None) > 10)
from mod_a import *
print(value, hello(), '_private' in globals())
