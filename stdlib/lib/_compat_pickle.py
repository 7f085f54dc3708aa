"""Module and global names that changed between Python 2 and 3.

The pickler maps Python 3 names back to Python 2 ones for protocols 0-2
(so that Python 2 can read the pickle), the unpickler maps Python 2 names
to Python 3 ones.  glasspy's own selection: the built-ins, the exceptions
and the modules it has.
"""

# Python 2 module -> Python 3 module
IMPORT_MAPPING = {
    '__builtin__': 'builtins',
    'copy_reg': 'copyreg',
    'Queue': 'queue',
    'repr': 'reprlib',
    'thread': '_thread',
    '_abcoll': 'collections.abc',
    'cPickle': 'pickle',
    'exceptions': 'builtins',
}

# (Python 2 module, name) -> (Python 3 module, name)
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
}

# Python 2 kept the exceptions in a module of their own.
_EXCEPTIONS_OF_PYTHON2 = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError'
).split()
for _name in _EXCEPTIONS_OF_PYTHON2:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)

# Python 3's finer OSError subclasses are OSError to Python 2.
_OSERROR_SUBCLASSES = (
    'BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
    'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
    'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
    'ProcessLookupError TimeoutError'
).split()

REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()
                          if old not in ('cPickle', 'exceptions')}
REVERSE_IMPORT_MAPPING['_functools'] = 'functools'
REVERSE_IMPORT_MAPPING['_pickle'] = 'pickle'

REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}
REVERSE_NAME_MAPPING[('_functools', 'reduce')] = ('__builtin__', 'reduce')
for _name in _OSERROR_SUBCLASSES:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _name
