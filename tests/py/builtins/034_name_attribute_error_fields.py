# NameError.name, AttributeError.name and .obj: set by the interpreter when
# it raises them, given by keyword to the constructors, None when unset.
import sys


def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e, "| name:", e.name)
    except AttributeError as e:
        print(type(e).__name__, e, "| name:", e.name, "| obj:", e.obj)


# A global or builtin name that is not bound.
show(lambda: undefined_name)


# A free variable of a closure, read before the enclosing function binds it.
def outer():
    def inner():
        return later
    inner()
    later = 1


show(outer)


# An unbound local: UnboundLocalError's name stays None, as in CPython.
def unbound():
    print(x)
    x = 1


show(unbound)


# del of a global that does not exist.
def delete_global():
    global never_bound
    del never_bound


show(delete_global)

# Attribute lookups on instances of built-in types, types and modules.
show(lambda: "abc".uper)
show(lambda: [].apend)
show(lambda: int.foo)
show(lambda: sys.argvv)
show(lambda: getattr(3, "real_part"))


class Point:
    def __init__(self):
        self.x = 1

    def __repr__(self):
        return "Point()"


p = Point()
show(lambda: p.y)


# An AttributeError raised by __getattr__ gets the name and the object too.
class Lazy:
    def __getattr__(self, name):
        raise AttributeError("nothing here")


lazy = Lazy()
try:
    lazy.anything
except AttributeError as e:
    print(e, e.name, e.obj is lazy)


# One that already says what it was about keeps it.
class Explicit:
    def __getattr__(self, name):
        raise AttributeError("explicit", name="other", obj=42)


try:
    Explicit().missing
except AttributeError as e:
    print(e, e.name, e.obj)


# A property whose getter fails on another attribute: the inner lookup's
# name and object win.
class Prop:
    @property
    def value(self):
        return self.missing_inner


try:
    Prop().value
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)

# Failed stores and deletions set nothing.
try:
    object().x = 1
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    del p.nothing
except AttributeError as e:
    print(e, e.name, e.obj)

# hasattr and getattr with a default still just answer.
print(hasattr(p, "y"), getattr(p, "y", "default"))

# The constructors: keyword-only name (and obj), args unchanged.
e = NameError("message", name="n")
print(repr(e), e.args, e.name)
e = NameError(name="n")
print(repr(e), repr(str(e)), e.args, e.name)
e = AttributeError("message", name="n", obj=[1, 2])
print(repr(e), e.args, e.name, e.obj)
e = AttributeError()
print(e.name, e.obj)
print(UnboundLocalError(name="sub").name)
e.name = "set"
e.obj = 3
print(e.name, e.obj)
del e.name
print(e.name)
e = NameError("a", name="first")
e.__init__("b")
print(e.args, e.name)

for make in (lambda: NameError(obj=1), lambda: NameError(name=1, other=2),
             lambda: AttributeError(foo=1), lambda: AttributeError(name=1, obj=2, other=3),
             lambda: AttributeError("x", "y", name="z", nme="w")):
    try:
        make()
    except TypeError as t:
        print("TypeError:", t)


# A subclass keeps the fields.
class MyAttributeError(AttributeError):
    pass


e = MyAttributeError("mine", name="m", obj=None)
print(e.name, e.obj)
