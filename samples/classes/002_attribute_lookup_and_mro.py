# How obj.attr is found: first a data descriptor on the class (or a base),
# then the instance's __dict__, then the class and its bases in MRO order.
# Multiple inheritance orders the bases with the C3 linearisation.

class Base:
    greeting = "hello from Base"
    def who(self):
        return "Base.who"

class Left(Base):
    def who(self):
        return "Left.who -> " + super().who()

class Right(Base):
    greeting = "hello from Right"
    def who(self):
        return "Right.who -> " + super().who()

class Child(Left, Right):
    pass

print([c.__name__ for c in Child.__mro__])
c = Child()
print(c.who())            # super() follows the MRO of Child, not of Left
print(c.greeting)         # Left has none, so Right's is found before Base's
c.greeting = "mine"       # the instance dict now shadows the class attribute
print(c.greeting, Child.greeting)
del c.greeting
print(c.greeting)

# __getattr__ runs only when normal lookup fails; __getattribute__ always.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"<computed {name}>"

obj = Lazy()
print(obj.real, obj.missing)

# An order C3 cannot linearise is refused when the class is made.
class A: pass
class B(A): pass
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
