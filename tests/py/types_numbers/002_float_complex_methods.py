# float's is_integer, as_integer_ratio, conjugate, hex, fromhex, __format__;
# complex's conjugate.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

print((1.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).conjugate(), (1.5).__format__(".2f"), (1.5).__format__(""), (-0.0).__format__("+"))
for x in [1.5, 0.0, -0.0, -0.1, 1e-320, 2.0**1023 * 1.9999, 5e-324, 1.0, 3.0]:
    print(x.hex())
for s in ["0x1.8p1", "inf", "-infinity", "nan", " -0X1.AP-2 ", "0x.8", "1", "0x1p-1074", "0x1p-1080", "ABC", "0x1.fffffffffffff8p1023"]:
    show(lambda: (1.0).fromhex(s))
print((1 + 2j).conjugate(), (3j).conjugate(), (1j).__format__(""))
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
show(lambda: float("inf").hex())
show(lambda: (1.0).fromhex("x"))
show(lambda: (1.0).fromhex("0x"))
show(lambda: (1.0).fromhex("0x1p"))
show(lambda: (1.0).fromhex(1))
show(lambda: (1.0).fromhex("0x1p99999"))
show(lambda: (1.0).fromhex())
show(lambda: (1.5).__format__(1))
show(lambda: (1.5).is_integer(1))
show(lambda: (1.5).hex(x=1))
show(lambda: (1j).conjugate(1))
