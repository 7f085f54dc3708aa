# Changing a class after instances exist: methods added, replaced, deleted on
# a base or a subclass, dunders reaching subclasses (the attribute cache and
# slot updates must follow).
class A:
    def f(self): return "A.f"
class B(A): pass
b = B()
print(b.f())
A.f = lambda self: "new A.f"
print(b.f())
B.f = lambda self: "B.f"
print(b.f())
del B.f
print(b.f())
del A.f
try:
    b.f()
except AttributeError as e:
    print(e)
A.__repr__ = lambda self: "<A repr>"
print(repr(b), str(b))
class M(type): pass
class C(metaclass=M): x = 1
print(C.x); C.x = 2; print(C.x, C().x)
import functools
print(type(functools.partial).__name__)
