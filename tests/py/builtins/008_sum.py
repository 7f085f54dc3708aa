# sum adds left to right from start (0 unless given), refusing str starts.
print(sum([1, 2, 3]), sum([]), sum((1.5, 2)), sum([1, 2], 10), sum(range(101)))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([True, True]), sum([0.1] * 10))
print(sum([1, 2], start=5), sum(iter([2**64, 2**64])))
for args in [(['a'],), (['a'], 'b'), ([b'a'], b''), (1,), ([1, 'x'],)]:
    try:
        print(sum(*args))
    except Exception as e:
        print(repr(e))
try:
    sum()
except Exception as e:
    print(repr(e))
try:
    sum(start=1)
except Exception as e:
    print(repr(e))
try:
    sum([], 0, start=1)
except Exception as e:
    print(repr(e))
try:
    sum([], foo=1)
except Exception as e:
    print(repr(e))
