# zip(strict=True) checks that every input ends together.
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
print(list(zip([1, 2], [3], strict=False)))
cases = [([1, 2], [1]), ([1, 2], [1, 2], [1]), ([1], [1, 2]), ([1], [1, 2], [1, 2]), ([1], [1], [1, 2]), ([1, 2, 3], [1], [1])]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except Exception as e:
        print(repr(e))
# The items before the mismatch come out first.
z = zip([1, 2], [3], strict=True)
print(next(z))
try:
    next(z)
except Exception as e:
    print(repr(e))
