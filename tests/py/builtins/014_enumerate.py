# enumerate counts from start; its arguments may be given by keyword.
print(list(enumerate(['a', 'b', 'c'])), list(enumerate(['x', 'y'], 5)), list(enumerate([], 3)))
print(list(enumerate(['a'], start=-2)), list(enumerate(iterable=['a'], start=2)), list(enumerate(start=2, iterable=['a'])))
print(list(enumerate(['a', 'b'], True)), list(enumerate([1, 2], 2**64)))
e = enumerate([10, 20])
print(next(e), iter(e) is e, next(e), next(e, 'end'), isinstance(e, enumerate))
for i, x in enumerate([7, 8]):
    print(i, x)
cases = [
    lambda: enumerate(),
    lambda: enumerate(1),
    lambda: enumerate([], 'a'),
    lambda: enumerate([], 1.5),
    lambda: enumerate([], 1, 2),
    lambda: enumerate([], x=1),
    lambda: enumerate(start=1),
    lambda: enumerate([], iterable=[]),
    lambda: enumerate([], 1, start=2),
    lambda: enumerate(iterable=[], foo=2),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(repr(e))
