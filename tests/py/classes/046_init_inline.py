# C(...) for a class with a Python __init__ and object's __new__ runs
# __init__'s frame in the eval loop (no C++ call): every way such a call can
# go must look as it does through type_call -- argument errors, __init__
# returning a value or being a generator, exceptions and their traceback,
# super(), abstract classes, __slots__, recursion depth and its message, a
# metaclass __call__ or a __new__ (which take the general path).
import sys
class P:
    def __init__(self, x, y=2, *, z=3):
        self.x, self.y, self.z = x, y, z
        if (x, z) == (1, 3):  # with keywords CPython holds one more (_PyStack_UnpackDict)
            print('refcount in __init__', sys.getrefcount(self))
p = P(1); print(p.x, p.y, p.z)
p = P(1, z=9); print(p.x, p.y, p.z)
p = P(x=5); print(p.x)
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
class G:
    def __init__(self): yield 1
try: G()
except TypeError as e: print(e)
class E:
    def __init__(self): raise ValueError('in init')
try: E()
except ValueError as e:
    import traceback; traceback.print_exc(file=sys.stdout)
class B:
    def __init__(self, a): self.a = a
class D(B):
    def __init__(self, a, b):
        super().__init__(a); self.b = b
d = D(1, 2); print(d.a, d.b, sys.getrefcount(d))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    def __init__(self): pass
try: A()
except TypeError as e: print(e)
class Slots:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(Slots(4).a)
def deep(n):
    class N:
        def __init__(self, n): self.c = N(n - 1) if n else None
    return N(n)
try: deep(5000)
except RecursionError as e: print('recursion', e)
class Meta(type):
    def __call__(cls, *a): print('meta call'); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
print(WithMeta(3).v)
class NewToo:
    def __new__(cls, v): print('new'); return super().__new__(cls)
    def __init__(self, v): self.v = v
print(NewToo(8).v)
print(type(P(1)), [P(i).x for i in range(3)])
