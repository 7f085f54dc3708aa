# The builtins namespace: the constants True, False and __debug__ are in it
# too, OSError has its old names, and the names come in CPython's order.
import builtins

print(getattr(builtins, "True") is True, getattr(builtins, "False") is False, getattr(builtins, "__debug__"))
print(builtins.IOError is OSError, builtins.EnvironmentError is OSError)
print(builtins.__dict__["None"] is None, builtins.Ellipsis is ...)
some = ["__build_class__", "__import__", "abs", "iter", "len", "print", "vars", "None", "NotImplemented",
        "False", "True", "bool", "bytes", "dict", "int", "object", "str", "zip", "__debug__",
        "BaseException", "KeyboardInterrupt", "OSError", "TypeError", "IOError"]
print([name for name in builtins.__dict__ if name in some])
print(list(builtins.__dict__)[:8])
