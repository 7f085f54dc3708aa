# filter keeps the items for which the function (or the item) is true.
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(bool, (0, 2))))
print(list(filter(lambda x: x % 2, range(10))), isinstance(filter(None, []), filter))
for args in [(), (len,), (len, 1)]:
    try:
        filter(*args)
    except Exception as e:
        print(repr(e))
try:
    filter(len, [], x=1)
except Exception as e:
    print(repr(e))
try:
    list(filter(len, [1]))
except Exception as e:
    print(repr(e))
