# Descriptors: objects on a class that take over attribute access on its
# instances.  property, classmethod, staticmethod and plain methods are all
# descriptors.

class Positive:
    """A data descriptor that only accepts numbers above zero."""
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self            # looked up on the class itself
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Rectangle:
    width = Positive()
    height = Positive()

    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def unit():
        return "cm"

r = Rectangle(3, 4)
print(r.width, r.height, r.area, Rectangle.square(2).area, r.unit())
print(type(Rectangle.__dict__["width"]).__name__, r.__dict__)
try:
    r.height = -1
except ValueError as e:
    print("ValueError:", e)
try:
    r.area = 10                    # a property without a setter
except AttributeError as e:
    print("AttributeError:", e)

# Functions are non-data descriptors: r.method binds r as self.
f = Rectangle.__dict__["square"]
print(type(f).__name__, Rectangle.square.__self__ is Rectangle)
print(Rectangle.__init__.__qualname__, r.__init__.__self__ is r, type(r.__init__).__name__)
