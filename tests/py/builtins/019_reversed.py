# reversed walks a sequence from its end.
print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed(range(4))), list(reversed([])))
print(list(reversed(b"ab")), list(reversed("abc")))
r = reversed((1, 2))
print(next(r), iter(r) is r, next(r), next(r, 'end'))
for v in [1, {1}, None]:
    try:
        reversed(v)
    except Exception as e:
        print(repr(e))
try:
    reversed()
except Exception as e:
    print(repr(e))
try:
    reversed([], 2)
except Exception as e:
    print(repr(e))
try:
    reversed([], x=1)
except Exception as e:
    print(repr(e))
