# dict | and |= (PEP 584) with the mapping classes of collections, and the
# collections.abc classes as generics.
from collections import ChainMap, Counter, OrderedDict, UserDict, defaultdict
import collections.abc as cabc

d = {"a": 1}
d |= [("b", 2)]
print(d, d | {"a": 9}, {"x": 0} | d)
try:
    d | [1]
except TypeError as e:
    print(e)
try:
    d |= 5
except TypeError as e:
    print(e)


class D(dict):
    pass


print(type(D(a=1) | {}).__name__, OrderedDict(a=1) | {"b": 2}, {"z": 1} | OrderedDict(a=1))
print(defaultdict(int) | {"q": 1})
print(UserDict(a=1) | {"b": 2}, {"b": 2} | UserDict(a=1))
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}))
u = UserDict(a=1)
u |= {"c": 3}
print(u)

print(cabc.Callable[[int], str], cabc.Callable[..., int])
print(cabc.Callable[[int, str], bool].__args__)
print(cabc.Mapping[str, int], cabc.Iterable[int], cabc.Sequence[int], cabc.KeysView[str])
print(cabc.Iterable[int].__origin__ is cabc.Iterable)
try:
    cabc.Hashable[int]
except TypeError as e:
    print(e)
print(sorted(n for n in dir(cabc) if not n.startswith("_")))
