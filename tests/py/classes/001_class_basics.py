# Classes: instances and their __dict__, methods bound and unbound, inheritance
# and super(), property/staticmethod/classmethod, operator dunders.
class A:
    """doc A"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __repr__(self):
        return f"A({self.v!r})"
a = A(3)
print(a.get(), a.v, A.x, a.x, repr(a), a, A.__doc__, A.__name__, A.__qualname__, A.__module__)
print(A, type(a), type(A), A.__mro__, A.__bases__, isinstance(a, A), isinstance(a, object))
print(a.__dict__, sorted(A.__dict__))
class B(A):
    def get(self):
        return super().get() * 2
b = B(5)
print(b.get(), isinstance(b, A), issubclass(B, A), B.__mro__)
m = b.get
print(m(), m.__self__ is b, m.__func__ is B.get)
class C:
    pass
c = C()
c.y = 10
print(c.y, c.__dict__)
try:
    C(1)
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def k(cls, n):
        return cls.__name__ * n
p = P()
p.x = 4
print(p.x, P.s(1, 2), p.s(3, 4), P.k(2), p.k(1))
class R:
    @property
    def ro(self):
        return 1
try:
    R().ro = 5
except AttributeError as e:
    print(e)
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return self.x == o.x and self.y == o.y
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __lt__(self, o): return self.x < o.x
v = V(1, 2) + V(3, 4)
print(v, v == V(4, 6), len(v), v[0], list(v), sorted([V(3, 0), V(1, 0)]))
try:
    hash(v)
except TypeError as e:
    print(e)
print(str(v), f"{v}", [v])
