# __format__, __str__ and __repr__ defined by subclasses of str, int and
# float are the ones format(), str.format, f-strings, print, str(), repr()
# and %-formatting use; %d/%x/%f still read the number's value.
class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"

    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"

    def __str__(self):
        return "I-str"

    def __repr__(self):
        return "I-repr"


class F(float):
    def __format__(self, spec):
        return "F<" + spec + ">"

    def __str__(self):
        return "F-str"

    def __repr__(self):
        return "F-repr"


for v in (S("x"), I(65), F(1.5)):
    print(format(v), format(v, ">5"), "{}|{:x}|{!s}|{!r}|{!a}|{:{}}".format(v, v, v, v, v, v, "^3"))
    print(f"{v}|{v:>4}|{v!s}|{v!r}|{v!a}|{v!s:>8}|{v=}|{v=:3}|{v!r:.3}")
    print(v, str(v), repr(v), [v], (v,), {v: v}, ascii(v), sep=" | ")
    print("%s %r %a %5s %-7r|" % (v, v, v, v, v))
print("%d %i %x %o %c %5.1f %e %g" % (I(65), I(65), I(65), I(65), I(65), F(1.5), F(1.5), F(1.5)))
print("%5.1f|%d|%s" % (I(3), F(2.9), I(7)), "%(k)s %(k)r" % {"k": F(0.5)})


# plain subclasses format with the base type's __format__
class S2(str):
    pass


class I2(int):
    pass


class F2(float):
    pass


for v in (S2("x"), I2(5), F2(1.5), True):
    print(format(v), format(v, ">5"), f"{v}|{v:>4}|{v!r}", str(v), repr(v), "%s %r" % (v, v), sep=" | ")
print(format(I2(255), "#x"), format(F2(2.5), ".3e"), format(S2("abc"), "^7"), f"{I2(7):05d}", f"{True:d}")


class Wrong(int):
    def __format__(self, spec):
        return 42


for attempt in (lambda: format(Wrong()), lambda: f"{Wrong()}", lambda: "{}".format(Wrong()), lambda: f"{Wrong():x}"):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
