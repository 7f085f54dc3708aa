# collections.namedtuple: a tuple subclass with named fields — repr, _fields,
# _asdict, _replace, _make, defaults, rename, indexing and unpacking, errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), p == (11, 22), isinstance(p, tuple))
x, y = p
print(x, y, list(p), p[:1], Point.__mro__[1:])
print(type(p), Point.__name__, Point.__module__, Point._fields, Point.__doc__)
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), p.__getnewargs__())
print(Point.x.__doc__, Point.__new__.__doc__, hash(p) == hash((11, 22)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)

# Field names as one string, with commas or spaces; defaults fill the right.
Emp = namedtuple("Emp", "name, dept salary", defaults=[0])
print(Emp("ann", "it"), Emp._field_defaults, Emp("bob", "hr", 5))
Row = namedtuple("Row", "a b c", defaults=(1, 2, 3))
print(Row(), Row(c=9))
print(namedtuple("R", "abc def class _x abc", rename=True)._fields)
One = namedtuple("One", "v")
print(One(1), One._make("z"))
for bad in [("P", "x x"), ("P", "x _y"), ("P", "x def"), ("P", "x 1y"), ("class", "x"), ("P", "x y", [1, 2, 3])]:
    try:
        namedtuple(bad[0], bad[1], defaults=bad[2] if len(bad) > 2 else None)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# A subclass adds methods; the tuple stays immutable and slot-free.
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vec(3, 4)), Vec(3, 4), sorted([Point(2, 1), Point(1, 2)]))
print(Point(1, [2])._asdict(), dict(zip(Point._fields, (5, 6))))
