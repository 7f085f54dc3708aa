# format(), f-strings and str.format call a class's own __format__; an int
# subclass that shows itself by name still formats its value with a spec.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"


class Named(int):
    def __repr__(self):
        return "Named.ONE"

    __str__ = __repr__


m = Money(1234)
print(format(m), format(m, ".1f"), f"{m}", f"{m:>10.0f}", "{:.3f}".format(m))
n = Named(1)
print(f"{n}", f"{n:d}", f"{n:03}", format(n, "x"), "%d %s" % (n, n))


class Bad:
    def __format__(self, spec):
        return 42


try:
    f"{Bad()}"
except TypeError as e:
    print(e)
print(b"abcdef"[1:4], b"abcdef"[::2], bytearray(b"abc")[1:], b"abc"[:] , b"abc"[5:9])
