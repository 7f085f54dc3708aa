# functools.partialmethod and singledispatchmethod: descriptors that bind
# like methods; partial's parts are read-only; reduce's own messages.
import functools
from functools import partial, partialmethod, singledispatchmethod, cached_property, reduce


class Cell:
    def __init__(self):
        self.state = False

    def set_state(self, value):
        self.state = value

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    add = partialmethod(staticmethod(lambda a, b: a + b), 10)


c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state, c.add(5))
print(type(Cell.set_alive).__name__, type(c.set_alive).__name__)
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state"))
try:
    partialmethod(3)
except TypeError as e:
    print(e)


class Formatter:
    @singledispatchmethod
    def show(self, arg):
        return f"object {arg!r}"

    @show.register
    def _(self, arg: int):
        return f"int {arg}"

    @show.register(list)
    def _(self, arg):
        return f"list of {len(arg)}"


f = Formatter()
print(f.show("s"), f.show(3), f.show([1, 2]), f.show(True))
print(Formatter.show.__name__)

p = partial(max, 1, key=abs)
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print(attr, e)
print(p(-5), p.args, p.keywords)
try:
    partial()
except TypeError as e:
    print(e)

for args in [(), (max,), (max, [], 0, 1)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(e)
for call in (lambda: reduce(max, 3), lambda: reduce(max, []), lambda: reduce(function=max, sequence=[1])):
    try:
        call()
    except TypeError as e:
        print(e)
print(reduce(lambda a, b: a * b, range(1, 6), 1))


class Slotted:
    __slots__ = ("__weakref__",)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print(e)
print(functools.get_cache_token() is not None, functools.recursive_repr.__module__)
print(sorted(functools.__all__))
