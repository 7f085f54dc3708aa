# The sys module's view of the interpreter: recursion limit, reference
# counts, object sizes, argv, modules.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -1, 1.5, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = []
before = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - before)
del y
print(sys.getrefcount(x) - before)
print(sys.getrefcount(x))
for obj in (0, 1, 2**30, 2**60, True, 1.5, 1j, '', 'a', 'abc', 'é', '€', b'', b'ab', (), (1,), (1, 2),
            [], [1, 2], {}, {1: 2}, set(), frozenset(), None, range(3), slice(1)):
    print(repr(obj)[:12], sys.getsizeof(obj))
print(sys.argv, type(sys.argv), type(sys.path))
print(sys.modules['sys'] is sys, sys.modules['__main__'].__name__)
print(sys.maxsize, sys.byteorder, sys.platform)
print(sys.intern('hello') is sys.intern('hel' + 'lo'))
print(repr(sys)[:22])
