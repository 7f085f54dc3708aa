# enum: members, aliases, lookup by value and name, auto(), IntEnum/StrEnum
# (str and repr), Flag/IntFlag combinations, unique, the functional API,
# members with several values and methods, and CPython's errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__, list(reversed(Color)))
print(Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color), Color)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), f"{Color.GREEN}|{Color.GREEN:>12}|")
print(Color.RED in Color, {Color.RED: "r"}[Color.CRIMSON], Color.RED.__reduce_ex__(2), sorted(dir(Color))[:3])
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 9),
            lambda: setattr(Color.RED, "value", 3), lambda: Color.RED < Color.BLUE,
            lambda: delattr(Color, "RED")]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    def is_early(self):
        return self.value < 3
    @classmethod
    def first(cls):
        return next(iter(cls))
print([(d.name, d.value, d.is_early()) for d in Weekday], Weekday.first())

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, repr(Status.OK), Status.OK + 1, Status.OK == 200, str(Status.NOT_FOUND), f"{Status.OK}",
      sorted([Status.NOT_FOUND, Status.OK]), Status(404), isinstance(Status.OK, int))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode("w"), Mode.READ.upper())

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), ~Perm.R, Perm(0), bool(Perm(0)),
      rw & Perm.W, rw ^ Perm.R, Perm(7), Perm)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
class Opt(IntFlag):
    A = 1
    B = 2
print(Opt.A | Opt.B, repr(Opt.A | Opt.B), Opt(8), repr(Opt(8)), Opt.A + 1, str(Opt.B), repr(~Opt.A))

try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))

Shape = Enum("Shape", "SQUARE CIRCLE TRIANGLE")
print(list(Shape), Shape.CIRCLE.value, Shape, Enum("Pair", [("a", 5), ("b", 6)]).b,
      Enum("Z", "x y", start=0).y.value, IntEnum("Lvl", {"LOW": 1, "HIGH": 9}).HIGH + 0)

class Lenient(Enum):
    DEFAULT = 0
    @classmethod
    def _missing_(cls, value):
        return cls.DEFAULT
print(Lenient(42))

for src in ["class A(Enum):\n    X = 1\n    X = 2", "class A(Enum):\n    _x_ = 1",
            "class A(Enum):\n    mro = 1", "class B(Color):\n    PINK = 9"]:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# A multi-bit flag is named but not iterated; `value in EnumClass` warns
# (3.12 changes it) before raising.
import sys
sys.stderr = sys.stdout
class RW(Flag):
    R = 1
    W = 2
    BOTH = 3
print(list(RW), RW.BOTH, list(RW.BOTH), RW(3), len(RW))
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError:", e)
