# type(name, bases, dict), metaclasses with __new__/__init__/__call__ (a
# singleton), __init_subclass__ and __set_name__.
Point = type("Point", (), {"x": 1, "show": lambda self: f"Point x={self.x}"})
p = Point()
print(Point, Point.__name__, p.show(), type(Point))
Sub = type("Sub", (Point,), {})
print(Sub.__mro__, Sub().show())
print(type(1), type("s"), type(p) is Point)
try:
    type("A", 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, sorted([k for k in ns if not k.startswith("__")]))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta):
    def method(self):
        return 1
print(type(WithMeta).__name__, WithMeta.tag, WithMeta().method())
class Derived(WithMeta):
    pass
print(type(Derived).__name__, Derived.tag)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)

class Plugin:
    registry = []
    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)
class Json(Plugin, kind="json"):
    pass
class Yaml(Plugin, kind="yaml"):
    pass
print(Plugin.registry, Json.kind, Yaml.kind)
try:
    class Oops(kind="x"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.owner}.{self.name} of {obj.__class__.__name__}"
class Model:
    title = Field()
    body = Field()
print(Model().title, Model().body, Model.title.name)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
