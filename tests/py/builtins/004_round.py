# round: ties to even for int and float, ndigits through __index__.
print(round(2.5), round(3.5), round(-0.5), round(0.5), round(1.5, None))
print(round(1.25, 1), round(2.675, 2), round(1234.5678, -2), round(-1.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(5, 1), round(True), round(-15, -1))
print(round(1e300, -400), round(123.456, 10), type(round(2.5)), type(round(2.5, 0)))
print(round(number=2.5), round(2.567, ndigits=1))
for args in [('a',), (1.5, 'a'), (1, 2, 3)]:
    try:
        print(round(*args))
    except Exception as e:
        print(repr(e))
try:
    round()
except Exception as e:
    print(repr(e))
try:
    round(1.5, number=2)
except Exception as e:
    print(repr(e))
try:
    round(number=1.5, ndigits=2, x=3)
except Exception as e:
    print(repr(e))
try:
    round(x=1)
except Exception as e:
    print(repr(e))
