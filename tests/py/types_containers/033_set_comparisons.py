# issubset, issuperset and isdisjoint accept any iterable.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

a = {1, 2}
print(a.issubset({1, 2, 3}), a.issubset([1]), a.issubset(a), set().issubset([]))
print(a.issuperset([1]), a.issuperset((1, 2, 3)), a.issuperset(a), a.issuperset([]))
print(a.isdisjoint([3]), a.isdisjoint({2}), a.isdisjoint(a), set().isdisjoint(set()))
check(lambda: set().issubset())
check(lambda: set().issubset(1))
check(lambda: set().issuperset(1))
check(lambda: set().isdisjoint(1))
check(lambda: set().isdisjoint([], []))
