# dir(obj): type(obj).__dir__(obj), sorted.  object.__dir__ lists the
# instance's __dict__ and its class's attributes; type.__dir__ a class's and
# its bases'; module.__dir__ the module's namespace (or its own __dir__).
import sys


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2


c = Child()
c.own = 3
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("own" in dir(Child), "__dir__" in dir(c), "__dir__" in dir(Child))
print(dir(c) == sorted(dir(c)))


# A class's own __dir__: any iterable, sorted by dir().
class Custom:
    def __dir__(self):
        return iter(["zeta", "alpha", "mid"])


print(dir(Custom()))
print(Custom().__dir__() is not None)

# An instance attribute named __dir__ is not consulted.
c.__dir__ = lambda: ["ignored"]
print("ignored" in dir(c))

# Modules: the namespace only, not the module type's attributes.
print("argv" in dir(sys), "__repr__" in dir(sys), "__dir__" in dir(sys))
mod = type(sys)("made")
print(dir(mod))
mod.__dir__ = lambda: ["b", "a"]
print(dir(mod))

# The methods themselves.
print(sorted(object.__dir__(c)) == dir(c))
print(sorted(type.__dir__(Child)) == dir(Child))
print("upper" in dir(""), "append" in dir([]), "bit_length" in dir(int))
for call in (lambda: object().__dir__(1), lambda: type.__dir__(int, 2),
             lambda: type(sys).__dir__(sys, 3), lambda: dir(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


# __dir__ returning something that cannot be sorted.
class Unsortable:
    def __dir__(self):
        return ["a", 1]


try:
    dir(Unsortable())
except TypeError as e:
    print("TypeError:", e)
