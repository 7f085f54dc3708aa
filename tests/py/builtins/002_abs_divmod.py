# abs and divmod follow the number slots; divmod's TypeError names it.
print(abs(-3), abs(2.5), abs(True), abs(-0.0))
print(divmod(7, 2), divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(True, 2))
print(divmod(2**70, 3))
for args in [(1, 0), (1, 0.0), ('a', 1), (1, 'a')]:
    try:
        print(divmod(*args))
    except Exception as e:
        print(repr(e))
try:
    abs('x')
except Exception as e:
    print(repr(e))
try:
    divmod(1)
except Exception as e:
    print(repr(e))
