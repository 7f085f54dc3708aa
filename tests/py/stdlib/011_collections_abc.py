# abc (ABCMeta, abstractmethod, register) and collections.abc: isinstance
# through __subclasshook__, registered built-ins, and mixin methods.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side

for make in (lambda: Shape(), lambda: Square(2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(FullSquare(3).describe(), sorted(Shape.__abstractmethods__), FullSquare.__abstractmethods__)
print(type(Shape), isinstance(FullSquare(1), Shape), issubclass(FullSquare, ABC))

class Plugin(metaclass=ABCMeta):
    pass
@Plugin.register
class Thing:
    pass
print(issubclass(Thing, Plugin), isinstance(Thing(), Plugin), isinstance(1, Plugin), Thing.__name__)

def gen():
    yield 1
class Counter3:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n

values = [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), Counter3(), 5, len, b"x", None]
for abc_ in (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Sequence,
             MutableSequence, Mapping, MutableMapping, Set, MutableSet):
    print(abc_.__name__.ljust(15), [int(isinstance(v, abc_)) for v in values])
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
print(cabc.Sequence, cabc.Iterable.__module__, list(Counter3()))

class Deck(Sequence):
    def __init__(self): self.cards = ["A", "K", "Q"]
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
d = Deck()
print(list(d), "K" in d, d.index("Q"), d.count("A"), list(reversed(d)), isinstance(d, Iterable))

class Bag(MutableMapping):
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __iter__(self): return iter(self.data)
    def __len__(self): return len(self.data)
b = Bag(); b.update(a=1, b=2); b.setdefault("c", 3)
print(dict(b), b.get("z", 0), b.pop("a"), list(b.keys()), list(b.items()), b == {"b": 2, "c": 3})
try:
    Bag.__abstractmethods__ and MutableMapping()
except TypeError as e:
    print("TypeError:", e)

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable), isinstance((), Hashable))

# The check is object.__new__'s (after its argument check), driven by the
# class's __abstractmethods__, which only ABCs have.
for make in (lambda: Shape(2), lambda: object.__new__(Shape)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(int, "__abstractmethods__"), hasattr(Square, "__abstractmethods__"))
Square.__abstractmethods__ = frozenset()
print(Square(3).area())
