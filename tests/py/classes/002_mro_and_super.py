# C3 linearisation, cooperative super() through a diamond, and the
# TypeErrors for hierarchies that cannot be linearised.
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(super(B, D()).hello(), super(D, D()).hello())

class X: pass
class Y: pass
class Z1(X, Y): pass
class Z2(Y, X): pass
try:
    class Bad(Z1, Z2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(int, str): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
c = Child("ann", 31)
print(c.name, c.age, vars(c))

class K:
    @classmethod
    def make(cls):
        return cls()
    def __repr__(self):
        return type(self).__name__ + "()"
class L(K):
    pass
print(K.make(), L.make(), L().make())

def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
print(super(D, D()).__self_class__.__name__, super(D, D()).__thisclass__.__name__)
