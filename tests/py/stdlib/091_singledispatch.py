# functools.singledispatch: dispatch on the first argument's class, through
# the MRO and ABCs, registration by argument and by annotation.
from functools import singledispatch
from collections.abc import Sequence, Mapping

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register(int)
def _(x):
    return f"int {x}"

@describe.register
def _(x: float):
    return f"float {x}"

@describe.register(Sequence)
def _(x):
    return f"sequence of {len(x)}"

@describe.register(dict)
@describe.register(set)
def _(x):
    return f"collection {sorted(x)}"

class MyInt(int):
    pass

for value in (1, True, MyInt(5), 2.5, "abc", [1, 2], (1,), {"b": 1, "a": 2}, {3, 1}, None, b"x"):
    print(describe(value))
print(describe.dispatch(bool).__name__, describe.registry[object] is describe.__wrapped__)
print(describe.__name__)
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print(e)
@describe.register(str | bytes)
def _(x):
    return f"text {x!r}"
print(describe("s"), describe(b"b"))
