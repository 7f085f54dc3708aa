# pow with two and three arguments, and keywords.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(pow(3, 4, 5), pow(-2, 3, 5), pow(2, -1, 5), pow(2, 3, None), pow(7, 0, 1))
print(pow(base=2, exp=5), pow(2, exp=3, mod=3))
print(pow(10, 30, 7**20))
cases = [(2, 3, 0), (2.0, 3, 5), (2, 0.5, 5), ('a', 2, None), (2, 3, 'a'), (2, -1, 4), (0.0, -1, None)]
for b, e, m in cases:
    try:
        print(pow(b, e, m))
    except Exception as ex:
        print(repr(ex))
try:
    pow(1)
except Exception as e:
    print(repr(e))
try:
    pow(2, 3, mod=5, x=1)
except Exception as e:
    print(repr(e))
try:
    pow(2, base=2)
except Exception as e:
    print(repr(e))
