# "Did you mean" for an uncaught AttributeError (CPython 3.11's
# suggestions): the closest name in dir(obj), for the name and object the
# failed lookup recorded.  Each error below is kept, and the last one is
# raised with the others chained before it, so the report prints them all.
import sys

errors = []


def record(f):
    try:
        f()
    except AttributeError as e:
        errors.append(e)


# Methods of built-in types, module attributes, a type's attributes.
record(lambda: "abc".uper())
record(lambda: [].apend(1))
record(lambda: {}.iterms())
record(lambda: sys.argvv)
record(lambda: sys.getrefcont)
record(lambda: int.bitlength)
record(lambda: (255).bit_lenght())
record(lambda: None.foo)
record(lambda: "abc".completely_different)


# Attributes of instances: from the instance's __dict__ and its class.
class Person:
    species = "human"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


p = Person("Ada")
record(lambda: p.nmae)
record(lambda: p.greeet())
record(lambda: p.Species)
record(lambda: Person.gret)


# __getattr__'s own AttributeError is given the name and object too.
class Lazy:
    loaded = True

    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")


record(lambda: Lazy().loadd)


# A class's own __dir__ decides the candidates.
class Proxy:
    def __dir__(self):
        return ["alpha", "beta", "gamma"]

    def __getattr__(self, name):
        raise AttributeError(name)


record(lambda: Proxy().gamme)


# A __dir__ that fails, or gives names that cannot be sorted: no suggestion.
class BadDir:
    value = 1

    def __dir__(self):
        raise ValueError("no dir")


record(lambda: BadDir().valeu)


class MixedDir:
    value = 1

    def __dir__(self):
        return ["value", 1]


record(lambda: MixedDir().valeu)


# 750 names or more are not searched.
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"attribute_{i}", i)


record(lambda: Many(700).attribute_1x)
record(lambda: Many(760).attribute_1x)

# Built by hand: the suggestion needs the name and the object, even after
# an empty message, and is printed even if str() of the exception fails.
errors.append(AttributeError(name="uper", obj="abc"))
errors.append(AttributeError("only a name", name="uper"))


class Unprintable:
    def __str__(self):
        raise ValueError("no str")


errors.append(AttributeError(Unprintable(), name="apend", obj=[]))


# Subclasses get none.
class MyAttributeError(AttributeError):
    pass


errors.append(MyAttributeError("subclass", name="uper", obj="abc"))

for earlier, later in zip(errors, errors[1:]):
    later.__context__ = earlier
raise errors[-1]
