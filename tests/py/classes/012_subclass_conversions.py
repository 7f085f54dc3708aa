# str(), int() and float() of an instance of a subclass give the exact base
# type (str.__str__ of a subclass instance makes a copy); what a __str__ or
# __repr__ returns must be a str.
class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


def types(*values):
    return " ".join(type(v).__name__ for v in values)


s, i, f = S("x"), I(5), F(1.5)
print(types(str(s), int(i), float(f), str(i), str(f), repr(s), repr(i), repr(f)))
print(types(s.__str__(), str.__str__(s), i.__int__(), int.__index__(i), f.__float__(), +i, -f, abs(I(-2))))
print(types(S(s), I(i), F(f), str(S("")), str(S("long enough")), int(I(2 ** 70))))
print(str(s) == s, str(S("é€😀")) == "é€😀", int(I(-3)), float(F(-0.0)))
copy = str(s)
print(copy is s, str(copy) is copy, type(S("a") + S("b")).__name__, type(S("ab")[0]).__name__)


class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        return b"bytes"


for convert in (str, repr, format, lambda o: "%s" % o, lambda o: f"{o}", lambda o: f"{o!r}"):
    try:
        convert(Bad())
    except TypeError as e:
        print("TypeError:", e)
