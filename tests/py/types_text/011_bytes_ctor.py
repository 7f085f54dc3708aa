# bytes(...) and bytearray(...) in all their forms.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes({67: 1}), bytes(b"ab"), bytes(bytearray(b"x")))
print(bytes("é", "utf-8"), bytes("a", "ascii", "strict"), bytes(source=b"s"), bytes([True]), bytes(x for x in [1]) if False else 0)
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("é", "utf-8"), bytearray(source=b"q"))
for f in [lambda: bytes(1, 2, 3, 4), lambda: bytes("a"), lambda: bytes("a", 1), lambda: bytes(1, "utf-8"),
          lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
          lambda: bytes(x=1), lambda: bytes(errors="strict"), lambda: bytes(encoding="utf-8"),
          lambda: bytes(b"a", "utf-8"), lambda: bytes(None), lambda: bytes("é", "ascii"), lambda: bytes(2**70),
          lambda: bytes([2**70]), lambda: bytes([1.5]), lambda: bytes("a", errors="strict"),
          lambda: bytes(1, errors="strict"), lambda: bytes(b"", None), lambda: bytes("a", "nope")]:
    show(f)
for f in [lambda: bytearray(1, 2, 3, 4), lambda: bytearray("a"), lambda: bytearray(-1), lambda: bytearray([256]),
          lambda: bytearray(1.5), lambda: bytearray(x=1), lambda: bytearray(None), lambda: bytearray(b"ab", "utf-8"),
          lambda: bytearray(1, "x"), lambda: bytearray([1, "a"]), lambda: bytearray(2**70),
          lambda: bytearray(errors="x"), lambda: bytearray(encoding="x"), lambda: bytearray(b"a", errors="x"),
          lambda: bytearray("a", errors="strict"), lambda: bytearray([2**70]), lambda: bytearray(1, 2)]:
    show(f)
