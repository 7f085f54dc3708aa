# functools (stdlib/lib/functools.py): wraps, partial, reduce, lru_cache and
# cache_info, total_ordering, cmp_to_key, cached_property.
import functools
from functools import wraps, partial, reduce, lru_cache, total_ordering, cache
def deco(func):
    @wraps(func)
    def inner(*a, **k):
        "inner doc"
        return func(*a, **k)
    return inner
@deco
def greet(name):
    "Greets."
    return "hi " + name
print(greet.__name__, greet.__doc__, greet("x"), greet.__wrapped__.__name__, greet.__module__)
p = partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords, repr(partial(max, 1, 2)))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try:
    reduce(max, [])
except TypeError as e:
    print(e)
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info(), sq.cache_info().hits)
sq.cache_clear()
print(sq.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(2) >= V(1), V(1) > V(2), V(3) <= V(3))
@cache
def f(x):
    print("f", x)
    return x
f(1); f(1)
print(f.cache_info())
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class C:
    @functools.cached_property
    def val(self):
        print("computing val")
        return 42
c = C()
print(c.val, c.val)
