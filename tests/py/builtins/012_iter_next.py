# iter() and next(), with next's default.
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
t = (5, 6)
it = iter(t)
print(iter(it) is it, list(it), list(it))
print(list(iter(range(3))), list(iter({'a': 1, 'b': 2})), list(iter('abc')), list(iter(b'hi')))
for args in [(1,), (), (1, 2, 3)]:
    try:
        iter(*args)
    except Exception as e:
        print(repr(e))
for args in [(1,), ([],), ()]:
    try:
        next(*args)
    except Exception as e:
        print(repr(e))
try:
    next(iter([]))
except Exception as e:
    print(repr(e))
