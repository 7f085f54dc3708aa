# int's methods (bool reaches them through its base): bit_length, bit_count,
# conjugate, as_integer_ratio, to_bytes, from_bytes, __format__.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length(), True.bit_length())
print((255).bit_count(), (-7).bit_count(), (-3).conjugate(), True.conjugate(), (5).as_integer_ratio(), True.as_integer_ratio())
print((5).to_bytes(2, "big"), (5).to_bytes(), (5).to_bytes(length=2, byteorder="little"), (-5).to_bytes(2, "little", signed=True),
      (5).to_bytes(2, "big", signed=[]), (0).to_bytes(0, "big"))
print((0).from_bytes(b"\x01\x00", "big"), (0).from_bytes(b"\xff", "big", signed=True), (0).from_bytes([1, 2], "little"),
      (0).from_bytes(b"a"), True.from_bytes(b"\x01", "big"), True.from_bytes(b"\x00", "big"), (0).from_bytes(bytearray(b"\x02")))
print((255).__format__("x"), (5).__format__(""), True.__format__(""), True.__format__("d"), (1234567).__format__(","))
show(lambda: (5).bit_length(1))
show(lambda: True.bit_length(1))
show(lambda: (5).conjugate(x=1))
show(lambda: (5).to_bytes(2, "x"))
show(lambda: (5).to_bytes(2, 1))
show(lambda: (-5).to_bytes(2, "big"))
show(lambda: (300).to_bytes(1, "big"))
show(lambda: (5).to_bytes("a", "big"))
show(lambda: (5).to_bytes(-1, "big"))
show(lambda: (5).to_bytes(2, "big", True))
show(lambda: (5).to_bytes(1, 2, 3, 4))
show(lambda: (5).to_bytes(zz=1))
show(lambda: (0).from_bytes("ab", "big"))
show(lambda: (0).from_bytes(1, "big"))
show(lambda: (0).from_bytes(b"a", "mid"))
show(lambda: (0).from_bytes())
show(lambda: (0).from_bytes(byteorder="big"))
show(lambda: (5).__format__(1))
show(lambda: (5).__format__())
show(lambda: (5).__format__("s"))
