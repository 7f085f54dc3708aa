# Everything is an object: numbers, functions, classes and modules all
# have a type, an identity and attributes -- and types are objects too.

def greet(name):
    """Say hello."""
    return f"hello, {name}"

class Point:
    """A point in the plane."""
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
for value in [42, 3.5, "text", [1, 2], greet, Point, p, type, None]:
    name = getattr(value, "__name__", None) or repr(value).split(" at ")[0]
    print(f"{name:30} is a {type(value).__name__}")

# A function is an object with attributes of its own.
print(greet.__name__, greet.__doc__, greet.__code__.co_varnames)
greet.calls = 0              # and you may add more
print(vars(greet))

# Instances keep their attributes in a dict; the class keeps the methods.
print(p.__dict__)
print('__init__' in Point.__dict__, '__init__' in p.__dict__)

# Classes are instances of type; type is an instance of itself.
print(type(p) is Point, type(Point) is type, type(type) is type)
print(isinstance(Point, object), isinstance(type, object), issubclass(type, object))

# Functions can be stored, passed and returned like any other value.
shout = greet
print(shout("glasspy").upper(), list(map(greet, ["a", "b"])))
