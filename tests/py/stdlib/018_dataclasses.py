# dataclasses: generated __init__/__repr__/__eq__, defaults and
# default_factory, order, frozen, hashing, __post_init__, field options,
# inheritance, asdict/astuple/replace/fields, make_dataclass, and errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, make_dataclass, InitVar, KW_ONLY)

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p == (1, 2), p != Point(2, 1), Point.__match_args__)
print(Point.__init__.__qualname__, Point.__doc__, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print([(f.name, f.type) for f in fields(Point)], fields(Point)[1].default, Point.y, "x" in Point.__dict__)
print(asdict(p), astuple(p), replace(p, y=9), p.__hash__ is None, Point.__hash__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="s", compare=False)
a, b = Inventory("a"), Inventory("b")
a.items.append(1)
print(a, b, a.items is not b.items, Inventory("a", [1]) == Inventory("a", [1], secret="other"))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash((1, 2)), {Version(1): "one"})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, scale=10), [f.name for f in fields(Rect)])

@dataclass
class Base:
    id: int
    label: str = "base"
@dataclass
class Child(Base):
    extra: bool = False
    def describe(self):
        return f"{self.label}#{self.id}"
c = Child(7, extra=True)
print(c, c.describe(), asdict(c), [f.name for f in fields(c)])

@dataclass
class Nested:
    origin: Point
    points: list
print(asdict(Nested(Point(0, 0), [Point(1, 1)])), astuple(Nested(Point(1, 2), [])))

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class H:
    v: int
    w: list = field(default_factory=list, hash=False)
print(hash(H(3)) == hash((3,)))
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5), KW.__match_args__)
@dataclass
class Custom:
    v: int
    def __repr__(self):
        return "custom!"
print(Custom(1))

Dyn = make_dataclass("Dyn", [("x", int), ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
print(Dyn(1), Dyn(1).total(), Dyn.__module__)

for src in ["@dataclass\nclass Q:\n    x: int = 0\n    y: int",
            "@dataclass\nclass R:\n    x: list = []",
            "@dataclass(order=True, eq=False)\nclass S:\n    x: int",
            "@dataclass\nclass T:\n    x = field(default=1)",
            "@dataclass(frozen=True)\nclass U(Point):\n    z: int = 0"]:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
