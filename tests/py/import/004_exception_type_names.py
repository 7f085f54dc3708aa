# An uncaught exception is named as CPython's print_exception names it: its
# __qualname__, after its __module__ unless that is builtins or __main__.
import sys
import errmod


class Local(Exception):
    class Nested(Exception):
        pass


sys.excepthook(Local, Local("main's own"), None)
sys.excepthook(Local.Nested, Local.Nested("nested"), None)
sys.excepthook(errmod.Outer.Inner, errmod.Outer.Inner("in a class of a module"), None)
sys.excepthook(KeyError, KeyError("builtin"), None)
errmod.fail()
