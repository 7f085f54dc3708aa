# inspect's predicates, getmembers, getmro, and getgeneratorstate.
import inspect
import sys


def func():
    pass


def gen():
    yield 1
    yield 2


async def coro():
    pass


class Base:
    a = 1

    def method(self):
        pass


class Derived(Base):
    b = 2


obj = Derived()
for value in (func, gen, coro, Base, obj.method, Derived.method, len, [].append, sys, 42):
    print(inspect.isfunction(value), inspect.ismethod(value), inspect.isclass(value),
          inspect.ismodule(value), inspect.isbuiltin(value), inspect.isroutine(value),
          inspect.isgeneratorfunction(value), inspect.iscoroutinefunction(value))

print(inspect.getmro(Derived))
print([name for name, _ in inspect.getmembers(Derived) if not name.startswith("__")])
print(inspect.getmembers(obj, lambda v: isinstance(v, int)))
print([name for name, _ in inspect.getmembers(Derived, inspect.isfunction)])

g = gen()
print(inspect.isgenerator(g), inspect.isgenerator(gen))
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))


def watcher():
    yield inspect.getgeneratorstate(w)


w = watcher()
print(next(w))
next(g)
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g))
g2 = gen()
g2.close()
print(inspect.getgeneratorstate(g2))
c = coro()
c.close()
