# PEP 584: dict | dict, dict |= mapping or pairs, and mappingproxy |.
import types, collections
a = {'a': 1, 'b': 2}
print(a | {'b': 3, 'c': 4}, {'x': 0} | a, a)
a |= {'z': 26}; print(a)
a |= [('p', 1)]; print(a)
a |= collections.OrderedDict(q=2); print(a)
for bad in [lambda: a | [('x', 1)], lambda: a | 1, lambda: [1] | a]:
    try: bad()
    except TypeError as e: print(e)
try:
    a |= 5
except TypeError as e: print(e)
class D(dict): pass
print(type(D(a=1) | {'b': 2}), type({'b': 2} | D(a=1)))
d = D(a=1); d |= {'c': 3}; print(type(d), d)
mp = types.MappingProxyType({'a': 1})
try:
    mp |= {}
except TypeError as e: print(e)
print({'z': 0} | mp, type({'z': 0} | mp), mp | {'b': 2})
try: mp | 5
except TypeError as e: print(e)
print(collections.OrderedDict(a=1) | {'b': 2}, collections.defaultdict(int, a=1) | {'b': 2}, collections.Counter('ab') | collections.Counter('bb'))
print(dict.__or__, dict.__ror__, dict.__ior__)
