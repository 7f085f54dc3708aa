# Native functions carry their signature at the head of the docstring
# ("len($module, obj, /)\n--\n\n..."): __text_signature__ is that part,
# __doc__ the rest, and inspect.signature and help() read it.
import gc
import inspect
import math
import sys

functions = [len, abs, repr, print, sorted, sum, round, pow, divmod, isinstance, hasattr, setattr,
             format, input, open, compile, exec, eval, chr, ord, hex, __import__,
             math.sqrt, math.isclose, math.prod, math.floor, math.gcd,
             gc.collect, gc.get_objects, gc.is_tracked,
             sys.getrefcount, sys._getframe, sys.setrecursionlimit, sys.exit]
for f in functions:
    print(f.__name__, inspect.signature(f), repr(f.__text_signature__))

# Without a signature in the doc: ValueError, and help() shows (...).
for f in (getattr, iter, max, next, vars, dir, gc.set_threshold, sys.getsizeof):
    print(f.__name__, f.__text_signature__)
    try:
        inspect.signature(f)
    except ValueError as e:
        print(' ', e)

# A bound method of a module drops $module; the parameters keep their kinds.
sig = inspect.signature(sorted)
print([(p.name, p.kind.name, p.default) for p in sig.parameters.values()])
print(sig.bind([3, 1], reverse=True).arguments)
try:
    sig.bind([1], [2])
except TypeError as e:
    print(e)

help(len)
help(math.sqrt)

# Methods of the built-in types: $self stays (positional-only) on the
# descriptor, goes on a bound method; $type on a class method.
for m in (list.append, [].append, list.index, list.sort, dict.get, dict.fromkeys, str.split,
          str.strip, str.upper, str.center, ''.join, bytes.center, bytearray.strip, float.conjugate,
          int.__add__, int.__radd__, (1).__add__, object.__init__, object.__getattribute__,
          int.__pow__, type.__call__, property.__get__, list.__len__):
    print(getattr(m, '__qualname__', m), inspect.signature(m), repr(m.__text_signature__))
print(int.__radd__.__doc__, int.__rdivmod__.__doc__)
help(list.append)
help(int.__radd__)

# Built-in types: the signature heads their doc too; a subclass without its
# own __init__ or __new__ takes it.
for t in (list, tuple, float, object):
    print(t.__name__, repr(t.__text_signature__), inspect.signature(t), repr(t.__doc__))


class Stack(list):
    pass


class Pair(list):
    def __init__(self, a, b):
        super().__init__([a, b])


print(inspect.signature(Stack), inspect.signature(Pair), Stack.__text_signature__)
print(inspect.signature(list.__new__), list.__new__.__text_signature__)
