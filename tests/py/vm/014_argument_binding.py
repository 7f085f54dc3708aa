# Argument binding: defaults filling positional calls (the fast path), keywords matched
# by identity and by equal text, and CPython's errors.
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6), f(a=1), f(1, c=9), f(*[1, 2]), f(**{'a': 1, 'c': 4}))
name = ''.join(['c'])
print(f(1, **{name: 7}))
for bad in [lambda: f(), lambda: f(1, 2, 3, 4), lambda: f(1, d=1), lambda: f(1, a=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
def g(a, b, /, c=0, *, d=5):
    return a, b, c, d
print(g(1, 2), g(1, 2, 3), g(1, 2, d=0))
try:
    g(1, b=2)
except TypeError as e:
    print(e)
