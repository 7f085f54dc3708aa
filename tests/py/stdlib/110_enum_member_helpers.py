# enum's helpers for class bodies and finished classes: member/nonmember,
# enum.property, _order_, auto() in tuples, verify() with the EnumCheck
# conditions, global_enum, show_flag_values, and the errors they raise.
import enum
from enum import (Enum, Flag, IntEnum, auto, member, nonmember, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, EnumCheck, global_enum, show_flag_values)


def attempt(make):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__ + ":", e)


print([n for n in enum.__all__])


def twice(x):
    return 2 * x


class Tools(Enum):
    A = 1
    f = member(twice)
    limit = nonmember(10)
    helper = twice


print([m.name for m in Tools], Tools.limit, Tools.f.value(4), Tools.helper(3))


class Named(Enum):
    name = 1
    value = 2


print(Named.name, Named.value, Named.name.name, Named.value.value, list(Named))


class Pets(Enum):
    _order_ = "CAT DOG"
    CAT = (auto(), "meow")
    DOG = (auto(), "woof")


print(list(Pets), Pets.DOG.value)


def bad_order():
    class Wrong(Enum):
        _order_ = "B A"
        A = 1
        B = 2


attempt(bad_order)
print(repr(auto()), repr(UNIQUE), str(CONTINUOUS), list(EnumCheck))


@verify(UNIQUE, CONTINUOUS)
class Fine(IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Fine))


def not_unique():
    @verify(UNIQUE)
    class Twice(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def gaps():
    @verify(CONTINUOUS)
    class Gappy(Enum):
        A = 1
        B = 5


def flag_gaps():
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        B = 8


def unnamed():
    @verify(NAMED_FLAGS)
    class Perm(Flag):
        R = 1
        W = 2
        RWX = 7
        ALL = 15


for check in (not_unique, gaps, flag_gaps, unnamed):
    attempt(check)
attempt(lambda: verify(UNIQUE)(int))


@global_enum
class Level(Enum):
    LOW = 1
    HIGH = 2


print(repr(Level.LOW), str(Level.HIGH), LOW is Level.LOW, HIGH.value)


print(show_flag_values(13), show_flag_values(0), enum.bin(5), enum.bin(-3, 4))


def late_generate():
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name


def ignore_member():
    class Ign(Enum):
        A = 1
        _ignore_ = "A"


def mixin_last():
    class Mixin:
        pass

    class Wrong(Enum, Mixin):
        A = 1


def repr_enum():
    class R(enum.ReprEnum):
        A = 1


for bad in (late_generate, ignore_member, mixin_last, repr_enum):
    attempt(bad)
