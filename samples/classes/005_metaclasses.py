# A metaclass is the class of a class: type(name, bases, namespace) makes
# classes, and a subclass of type can change how classes are made and
# how their instances are created.

# type() called with three arguments builds a class, as a class statement does.
Dog = type("Dog", (), {"sound": "woof", "speak": lambda self: self.sound})
print(Dog, Dog().speak())

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, namespace):
        print(f"making class {name} with {sorted(k for k in namespace if not k.startswith('__'))}")
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        return cls

class Plugin(metaclass=Registry):
    def run(self):
        return "running"

class Audio(Plugin):                 # the metaclass is inherited
    volume = 3

print(Registry.classes, type(Audio).__name__)

class Singleton(type):
    """Calling the class returns the same instance every time."""
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")

a, b = Config(), Config()
print(a is b)

# Two unrelated metaclasses cannot be combined.
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ covers many metaclass uses with less machinery.
class Shape:
    kinds = []
    def __init_subclass__(cls, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.kinds.append((cls.__name__, sides))

class Triangle(Shape, sides=3): pass
class Square(Shape, sides=4): pass
print(Shape.kinds)
