# sys.getsizeof of instances of classes: CPython 3.11 keeps a plain
# instance's __dict__ in two words in front of the GC header (its inline
# values pointer and its dict pointer), so the object itself holds only
# the header and the __weakref__ pointer.
import sys


class Plain:
    pass


class Sub(Plain):
    pass


class WithSlots:
    __slots__ = ('a', 'b')


class DictSlot:
    __slots__ = ('__dict__',)


class DictAndSlot:
    __slots__ = ('__dict__', 'x')


class MyList(list):
    pass


for cls in (Plain, Sub, WithSlots, DictSlot, DictAndSlot, MyList):
    obj = cls()
    print(cls.__name__, cls.__basicsize__, cls.__dictoffset__, cls.__weakrefoffset__, sys.getsizeof(obj))

# The size does not change when attributes are added, nor when __dict__
# is asked for: the words are there from the start.
p = Plain()
before = sys.getsizeof(p)
p.x = 1
p.y = [2]
print(sys.getsizeof(p) == before)
print(p.__dict__, sys.getsizeof(p) == before)
p.__dict__ = {'z': 3}
print(p.z, vars(p), sys.getsizeof(p) == before)

# The __dict__ works as before: a subclass adding __slots__ keeps it.
class SubSlots(Plain):
    __slots__ = ('s',)


s = SubSlots()
s.s = 1
s.t = 2
print(s.s, s.t, s.__dict__, sys.getsizeof(s))

# __class__ assignment between classes of the same layout still works,
# and is refused where one keeps a __dict__ in front and the other not.
class Other:
    pass


p.__class__ = Other
print(type(p).__name__, p.z)
try:
    WithSlots().__class__ = Plain
except TypeError as e:
    print('TypeError:', e)
