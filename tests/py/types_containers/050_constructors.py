# Calling the container types: list, tuple, dict, set, frozenset.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

print(list(), list((1, 2)), list({'k': 1}), list({3}))
print(tuple(), tuple([1, 2]), tuple({'k': 1}))
print(dict(), dict({'a': 1}), dict([(1, 2)]), dict(a=1, b=2), dict([('a', 1)], b=2))
print(set(), set([1, 1, 2]), frozenset(), frozenset([1, 1]))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
check(lambda: list(1))
check(lambda: list(1, 2))
check(lambda: list(x=1))
check(lambda: tuple(1))
check(lambda: tuple(1, 2))
check(lambda: tuple(x=1))
check(lambda: dict(1))
check(lambda: dict(1, 2))
check(lambda: dict([1]))
check(lambda: set(1))
check(lambda: set(1, 2))
check(lambda: set(x=1))
check(lambda: frozenset(1))
check(lambda: frozenset(1, 2))
check(lambda: frozenset(x=1))
