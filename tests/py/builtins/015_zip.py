# zip stops at the shortest input.
print(list(zip([1, 2, 3], (4, 5))), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), [10, 20, 30], (True, False, None))))
print(dict(zip([1, 2], [3, 4])), isinstance(zip(), zip))
for a, b in zip([1, 2], [3, 4]):
    print(a + b)
z = zip([1, 2], [3])
print(next(z), next(z, 'end'))
try:
    zip([1], 2)
except Exception as e:
    print(repr(e))
try:
    zip([], x=1)
except Exception as e:
    print(repr(e))
try:
    zip([], strict=1, x=2)
except Exception as e:
    print(repr(e))
