# int(), bool(), float() and complex() in their forms, with CPython's errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

print(int(), int(5), int(-2.7), int("  12 "), int("0x1f", 16), int("0x1f", 0), int("z", 36), int("1_000"), int(b"12"),
      int(bytearray(b"7")), int(True), int("١٢"), int("5", base=8), int("-0b101", 0))
print(float(), float(5), float("1.5"), float(" -inf "), float("nan"), float(b"1.5"), float(True), float("1_0.5"), float(2.5))
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-j"),
      complex("1e3j"), complex("inf+nanj"), complex(1.5, 2.5), complex(1j, 1j), complex(real=1, imag=2),
      complex(imag=2), complex("( 1+2j )"), complex("1_0+2_0j"), complex(True, False), complex("-1.5e-3-2.5E+2J"),
      complex("+1"), complex(" 1 "), complex(2j), complex("1+j"), complex("1-j"))
print(bool(), bool(0), bool("a"), bool([]), bool(None), bool(0.0), bool(0j), bool([0]))
for f in [lambda: int("x"), lambda: int(b"x"), lambda: int(""), lambda: int(None), lambda: int([1]), lambda: int(5, 2),
          lambda: int("5", 1), lambda: int("5", 37), lambda: int("5", 2.0), lambda: int(x=5), lambda: int(base=2),
          lambda: int("1", 2, 3), lambda: int(float("inf")), lambda: int(float("nan")), lambda: int(1 + 2j),
          lambda: int("5", -1), lambda: int("5", 2**100), lambda: int(" "), lambda: int("12", 2), lambda: int(b"9", 8)]:
    show(f)
for f in [lambda: float("x"), lambda: float(None), lambda: float(x=1), lambda: float(1, 2), lambda: float(2**2000),
          lambda: float(""), lambda: float(b"x"), lambda: float([1])]:
    show(f)
for f in [lambda: complex("1+"), lambda: complex("x"), lambda: complex("1", 2), lambda: complex(1, "2"),
          lambda: complex(None), lambda: complex(""), lambda: complex("1 + 2j"), lambda: complex("(1+2j"),
          lambda: complex(b"1"), lambda: complex(1, 2, 3), lambda: complex("1e"), lambda: complex(2**2000),
          lambda: complex(x=1), lambda: complex(1, None), lambda: complex("1__0"), lambda: complex("_1")]:
    show(f)
for f in [lambda: bool(1, 2), lambda: bool(x=1)]:
    show(f)
