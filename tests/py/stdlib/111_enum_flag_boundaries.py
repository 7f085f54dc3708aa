# Flag and IntFlag: pseudo-members for combinations, multi-bit aliases,
# ~, the four boundaries (STRICT, CONFORM, EJECT, KEEP), iteration order,
# and how members and combinations pickle.
import pickle
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm), Perm._flag_mask_, Perm._all_bits_, Perm._boundary_)
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.X), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(~Perm.RWX), repr(Perm(7)), Perm.RWX.name, len(Perm.RWX))
print(list(Perm.R | Perm.W), Perm.R in Perm.RWX, (Perm.R | Perm.W) is (Perm.W | Perm.R))
print(repr(Perm(9)), repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.RWX), bool(Perm(0)))
print([repr(Perm(v)) for v in range(8)])
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Strict(3)))
try:
    Strict(8)
except ValueError as e:
    print("ValueError:", e)
print(repr(Conform(2)), repr(Conform(7)), repr(~Conform.A), repr(Conform(-1)))
print(repr(Eject(11)), type(Eject(11)).__name__, repr(~Eject.A))
print(repr(Keep(11)), str(Keep(11)), Keep(11).name)
print(repr(FlagBoundary.STRICT), STRICT, list(FlagBoundary))


class Color(Flag):
    RED = auto()
    BLUE = auto()
    GREEN = auto()
    WHITE = RED | BLUE | GREEN


print(list(Color), list(Color.__members__), repr(Color.WHITE), repr(Color.RED | Color.BLUE))


class Open(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Open.R | Open.W), str(Open.R | Open.W), Open.R + 1, repr(Open.R | 8), Open.R | 8)
print(repr(~Open.R), ~Open.R, repr(Open(0)), repr(Open(99)), list(Open(7)), format(Open.W, "03d"))
print(repr(3 | Open.R), repr(Open.R & 6), isinstance(Open.R | Open.W, int))

for value in (Perm.R, Perm.R | Perm.W, Perm(0), Open.R | Open.X, Color.WHITE):
    print(value.__reduce_ex__(4)[0].__name__, pickle.loads(pickle.dumps(value)) is value)
