# dataclass options and their errors: KW_ONLY, kw_only, slots and
# weakref_slot, frozen+slots pickling, init=False fields with factories,
# the generated __doc__ and __init__ annotations, InitVar reprs, mutable
# defaults.
import inspect
import pickle
import weakref
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace


def attempt(make):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Point:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int


print(Point(1, z=2), Point.__match_args__, Point.__doc__, inspect.signature(Point))
print(Point.__init__.__annotations__)
attempt(lambda: Point(1, 2, 3))


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = field(kw_only=False, default=3)


print(Opts(a=1), Opts.__match_args__, Opts.__doc__)


def two_kw_only():
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int = 1
        c: KW_ONLY


attempt(two_kw_only)


@dataclass(slots=True, weakref_slot=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"), weakref.ref(s)() is s)
attempt(lambda: setattr(s, "z", 3))


@dataclass(frozen=True, slots=True)
class Frozen:
    x: int
    y: str = "a"


f = Frozen(3)
print(pickle.loads(pickle.dumps(f)), Frozen.__slots__, replace(f, y="b"))
attempt(lambda: setattr(f, "x", 4))


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class W:
        x: int


def slots_twice():
    @dataclass(slots=True)
    class S:
        __slots__ = ("x",)
        x: int


attempt(weakref_without_slots)
attempt(slots_twice)


@dataclass
class Later:
    x: int
    items: list = field(default_factory=list, init=False)
    count: int = field(default=0, init=False)
    flag: InitVar[bool] = False

    def __post_init__(self, flag):
        if flag:
            self.items.append("flagged")


print(Later(1), Later(2, True), Later.__doc__, [f.name for f in fields(Later)])
print(repr(InitVar[int]), repr(InitVar[list[int]]), InitVar[str].type)


class Unhashable:
    def __eq__(self, other):
        return True


def mutable_default():
    @dataclass
    class M:
        x: Unhashable = Unhashable()


attempt(mutable_default)


@dataclass
class Node:
    value: int
    next: "Node" = None


print(Node.__doc__, Node(1, Node(2)))


@dataclass(init=False)
class Custom:
    x: int = 3

    def __init__(self):
        pass


print(Custom(), Custom.__doc__)
