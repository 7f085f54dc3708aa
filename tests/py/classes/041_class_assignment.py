# obj.__class__ = C: allowed between classes that lay instances out alike.
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
a = A()
a.__class__ = B
print(type(a).__name__, a.who(), isinstance(a, B))

class S1:
    __slots__ = ('x', 'y')
class S2:
    __slots__ = ('x', 'y')
class S3:
    __slots__ = ('x',)
s = S1()
s.x = 1
s.__class__ = S2
print(type(s).__name__, s.x)

def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print('ok', type(obj).__name__)
    except TypeError as e:
        print('TypeError:', e)

attempt(s, S3)
attempt(s, A)
attempt(A(), S1)
attempt(1, bool)
attempt(A(), int)
attempt(A(), 'B')
attempt([], A)
class L(list):
    pass
class L2(list):
    pass
l = L([1, 2])
attempt(l, L2)
print(l)
attempt(l, A)
try:
    del a.__class__
except TypeError as e:
    print('TypeError:', e)
import sys
class M(type(sys)):
    pass
m = type(sys)('m')
attempt(m, M)
import sys
class M(type(sys)):
    def hello(self): return 'hi ' + self.__name__
m = M('mm')
print(type(m).__name__, m.hello(), m.__name__, repr(m)[:12])
m.x = 1
print(m.x, sorted(k for k in m.__dict__))
