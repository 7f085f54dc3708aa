# Errors while importing: the module leaves sys.modules again, and the
# traceback runs through the import statement into the module's code.
import sys
try:
    import raises
except ZeroDivisionError as e:
    print("caught", e, 'raises' in sys.modules)
import guarded
from with_all import *
print(public, _semi, 'hidden' in globals())
mod = __import__('with_all')
print(mod.hidden, __import__('sys') is sys)
try:
    import bad_syntax
except SyntaxError as e:
    print("syntax error caught")
try:
    from . import anything
except ImportError as e:
    print(e)
import raises
