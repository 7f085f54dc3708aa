# __slots__, __getattr__/__getattribute__/__setattr__, descriptors and
# attribute errors.
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
print(s.x, Slotted.x, type(Slotted.x).__name__)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"), Slotted.__slots__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"computed {name}"
l = Lazy()
print(l.real, l.missing, getattr(l, "other"))

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return super().__getattribute__(name)
lg = Logged()
lg.a = 5
print(lg.a, hasattr(lg, "secret"))

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    age = Typed(int)
    def __init__(self, age):
        self.age = age
pp = Person(3)
print(pp.age, pp.__dict__)
try:
    pp.age = "old"
except TypeError as e:
    print("TypeError:", e)

class Empty:
    pass
e = Empty()
try:
    e.nothing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Empty.nothing
except AttributeError as err:
    print("AttributeError:", err)
del_me = Empty()
del_me.v = 1
del del_me.v
try:
    del del_me.v
except AttributeError as err:
    print("AttributeError:", err)
Empty.added = 7
print(e.added, Empty.__dict__["added"])
