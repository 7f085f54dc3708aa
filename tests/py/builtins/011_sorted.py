# sorted makes a new list; key= and reverse= go to list.sort.
data = [3, 1, 2]
print(sorted(data), data, sorted((5, -1)), sorted({3: 'a', 1: 'b'}), sorted(range(3), reverse=True))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([3, 1, 2], key=None), sorted([1, 2, 3], reverse=1))
# Stable: equal keys keep their order, also when reversed.
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
for kwargs in [{'foo': 1}, {'reverse': 'a'}, {'key': 1}]:
    try:
        print(sorted([2, 1], **kwargs))
    except Exception as e:
        print(repr(e))
for args in [(), ([], None), (1,), ([1, 'b'],)]:
    try:
        print(sorted(*args))
    except Exception as e:
        print(repr(e))
