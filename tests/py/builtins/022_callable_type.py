# callable() and the one-argument type().
print(callable(len), callable(int), callable(lambda: 0), callable(1), callable('f'), callable(zip))
print(type(1), type('a'), type([]), type(None), type(type), type(len), type(zip()), type(reversed((1,))))
print(type(1) is int, type(True) is bool, type(enumerate([])) is enumerate)
for c in [lambda: callable(), lambda: callable(1, 2), lambda: type(), lambda: type(1, 2)]:
    try:
        print(c())
    except Exception as e:
        print(repr(e))
