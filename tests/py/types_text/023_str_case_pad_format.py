# ASCII fast paths of case mapping next to the full mappings, padding and zfill
# on every kind, and str.format and % of ints at the small-int
# boundary (2**60) where the direct digit writer hands over to str().
for t in ["", "a", "Z", "hello World", "ab1 cD_eF-gh'ij", "MiXeD 123", "\x7f~", "ǅa", "éA", "ß", "ΣΑΣ Σ"]:
    print(repr((t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold())))
    print(repr((t.center(9, "*"), t.ljust(8), t.rjust(8, "€"), t.zfill(6), t.center(2), t.rjust(20, "😀"), t.expandtabs())))
for z in ["-12", "+3", "12", "", "-", "€5", "-€"]:
    print(repr((z.zfill(5), z.zfill(1), z.zfill(0))))
print(repr("a\tb\t€".expandtabs(4)))
x = 12345678901234567890123
for v in [0, 1, -1, 7, -99, 2**30, -2**30, 2**60 - 1, -(2**60) + 1, 2**60, -(2**60), 2**62, x, -x, True, False, 3.5]:
    print("{}|{!r}|{!s}|{:>5}".format(v, v, v, v), "%d|%s|%i|%u|%r" % (v, v, v, v, v), "%5d|%-5d|%+d" % (v, v, v))
print("%s %s %s" % ("é", "€", "😀"), "%(a)s-%(b)d" % {"a": "x€", "b": 5}, "%s" % "a", "%s" % ("a",), "%d" % 5)
print("{0}{1}{0}".format("é", "😀"), "{a}{b}".format(a="€", b=1), "{:{}}|".format("x", 5), "{{}}{}".format(1))
print("%.2s|%5.1s|%c|%%|%x|%o|%#x" % ("abc", "€uro", "é", 255, 8, 255))
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % ()
except TypeError as e:
    print(e)
try:
    "%d" % ("x",)
except TypeError as e:
    print(e)
try:
    "{}".format()
except IndexError as e:
    print(e)
try:
    "%s %s" % ("a", "b", "c")
except TypeError as e:
    print(e)
# Specs on exact str, int and float fields, and the errors they raise.
print("{:>8}|{:<6}|{:05d}|{:^7.2f}|{:x}|{:,}|{:.2}|{:€>4}".format(7, "q", 42, 2.5, 255, 10**7, "abc", "é"))
print("{:08.3f}|{:+d}|{:e}|{:%}|{:c}|{:#b}".format(-1.5, 3, 12345.678, 0.25, 233, 5))
for bad in ["{:d}", "{:=s}", "{:,s}", "{:x}"]:
    for value in ["x", 1.5, 3, 2**70]:
        try:
            print(bad.format(value))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
try:
    print("{:c}".format(2**40))
except OverflowError as e:
    print(e)
