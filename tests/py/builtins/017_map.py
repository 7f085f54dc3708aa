# map applies a function to items drawn in parallel from its inputs.
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, [])), isinstance(map(len, []), map))
m = map(lambda x: 10 // x, [1, 0, 2])
print(next(m))
try:
    next(m)
except Exception as e:
    print(repr(e))
for args in [(), (len,), (len, 1)]:
    try:
        map(*args)
    except Exception as e:
        print(repr(e))
try:
    map(len, [], x=1)
except Exception as e:
    print(repr(e))
try:
    list(map(1, [1]))
except Exception as e:
    print(repr(e))
