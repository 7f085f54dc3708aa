d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), type(k).__name__)
d['c'] = 3
print(k, list(v), ('c', 3) in i, ('c', 4) in i, 'a' in k, 3 in v)
print(k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], k < {'a', 'b', 'c', 'd'}, k >= {'a'})
print(k & {'a', 'x'}, sorted(k | {'x'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}), ['a', 'q'] & k)
print(i & {('a', 1)}, k.isdisjoint(['x']), k.isdisjoint('abc'))
print(d.keys() == d.keys(), d.values() == d.values(), d.items() == {('a', 1), ('b', 2), ('c', 3)})
print(k.mapping, type(k.mapping).__name__)
for key, value in d.items():
    print(key, value, end='; ')
print()
try:
    hash(k)
except TypeError as e:
    print(e)
e = {}
e['self'] = e
print(e.keys(), e.items(), e.values())
try:
    for key in d.keys():
        d['new'] = 1
except RuntimeError as err:
    print('RuntimeError:', err)
print(sorted(d.items()), max(d.values()), dict(d.items()) == d)
print({}.keys(), {}.values(), {}.items())
import collections.abc as abc
print(isinstance(k, abc.KeysView), isinstance(v, abc.ValuesView), isinstance(i, abc.ItemsView), isinstance(k, abc.Set))
s = {1, 2, 3, 4}
s.intersection_update([1, 2, 9], (2, 1))
print(s)
s.difference_update({1}, [7])
print(s, s.intersection_update(), s)
t = {1, 2, 3}
t.difference_update()
print(t)
try:
    t.intersection_update(5)
except TypeError as e:
    print(e)
