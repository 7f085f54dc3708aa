# frozenset's methods return frozensets; copy() of a frozenset is itself.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

f = frozenset([1, 2, 3])
print(f.copy(), f.copy() is f, f.union([4]), f.intersection([1, 5]), f.difference({1}))
print(f.symmetric_difference([3, 4]), f.issubset([1, 2, 3]), f.issuperset({1}), f.isdisjoint([7]))
print({1}.union(f), f.union({1}), f.__contains__({1}), frozenset([frozenset()]).__contains__(set()))
check(lambda: f.copy(1))
check(lambda: f.union(1))
check(lambda: f.symmetric_difference())
check(lambda: f.issubset())
check(lambda: f.union(x=1))
check(lambda: f.add(1))
check(lambda: f.pop())
