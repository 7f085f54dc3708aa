# itertools: infinite iterators (count, cycle, repeat with their reprs), the
# ones that stop at the shortest input, groupby, tee, and the combinatorics.
import itertools as it
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
                       groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement)
import operator

c = count(5)
print(c, next(c), next(c), c, count(), count(1, 2), count(2.5, 0.5), count(10, -1))
print(list(islice(count(0, 3), 4)), list(zip("abc", count(1))))
print(list(islice(cycle("AB"), 5)), repeat("x", 3), list(repeat("x", 3)), repeat(7), list(repeat(1, -2)))
print(list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)),
      list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])),
      list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(lambda x: x % 2, range(6))),
      list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise("abcd")), list(pairwise("a")))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice("AB", 5, 9)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))   # islice reads nothing past its stop
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("a", [1, 2, 3])))

for key, group in groupby("AAAABBBCCDAABBB"):
    print(key, list(group), end="; ")
print()
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print([(k, len(list(g))) for k, g in groupby(words, key=lambda w: w[0])])
groups = groupby([1, 1, 2])
k1, g1 = next(groups); k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))   # moving on empties the earlier group

a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), len(tee("x", 3)), tee("x", 0))

print(list(product("AB", repeat=2)), list(product([1, 2], "xy")), list(product()))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations([], 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(3), 5)))
print(list(combinations_with_replacement("ABC", 2)))
print(type(c).__name__, type(chain()).__name__, isinstance(c, count), iter(c) is c)

for bad in [lambda: count("a"), lambda: islice([], -1), lambda: islice([], 0, 5, 0),
            lambda: permutations([1], -1), lambda: combinations([1], -1), lambda: repeat(),
            lambda: next(chain(1)), lambda: tee([], -1), lambda: cycle(1), lambda: starmap(abs),
            lambda: islice([1])]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
