# union, intersection, difference, symmetric_difference with any iterables.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

a = {1, 2, 3, 4}
print(a.union([5], (6,)), a.union(), a.union() is a, a)
print(a.intersection([2, 3, 9]), a.intersection({3}, [3, 4]), a.intersection(), a.intersection() is a)
print(a.difference([1]), a.difference({1}, (2,)), a.difference(), a.difference() is a)
print(a.symmetric_difference([4, 5, 5]), a.symmetric_difference({1, 9}), a.symmetric_difference(a))
# A str element's place in the set depends on the hash seed: printed sorted.
print(sorted(a.union({'x': 1}), key=str), a.intersection({1: 'a'}), a.difference({1: 'a'}))
check(lambda: set().union(1))
check(lambda: set().union(x=1))
check(lambda: set().intersection(1))
check(lambda: set().intersection([], 1))
check(lambda: set().difference(1))
check(lambda: set().difference(x=1))
check(lambda: set().symmetric_difference())
check(lambda: set().symmetric_difference(1))
check(lambda: set().symmetric_difference([], []))
