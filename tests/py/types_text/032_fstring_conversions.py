# f-string conversions: !s is str(), !r is repr(), !a is ascii() (repr with
# non-ASCII characters escaped as \xhh, \uhhhh, \Uhhhhhhhh), each applied
# before the format spec, which then formats the resulting str.
values = ["plain", "é\n", "€uro", "😀", 3.5, -7, None, ["é", ("€",)], {"k": "ü"}, b"\xff"]
for v in values:
    print(f"{v!s}|{v!r}|{v!a}")
    print(f"[{v!a:>20}] [{v!r:*^20}] [{v!s:.3}] [{v!a:.4}]")
lone = "\ud800"  # repr keeps it (printing it would fail); ascii escapes it
print(f"{lone!a} {lone!a:>10} {len(f'{lone!r}')}")
w, fill = 14, "-"
x = "naïve"
print(f"{x!a:{fill}>{w}}|{x!r:{w}}|{x!s:{fill}<{w}.{w // 3}}|{x!a:{''}}|")
print(f"{x=}", f"{x=!a}", f"{x=!s:>8}", f"{x = !r}", f"{3.5=:.2f}")
print(f"{'outer ' + f'{x!a}'!a}", f"{f'{x!r}'!s:_^20}")
print("{0!a} {0!r} {0!s} {0!a:>12}".format(x), "%a %r %s" % (x, x, x), ascii(x))


class Shown:
    def __repr__(self):
        return "Shown(ü)"

    def __str__(self):
        return "shown ü"

    def __format__(self, spec):
        return "formatted ü " + spec


s = Shown()
print(f"{s}|{s!s}|{s!r}|{s!a}|{s:x}|{s!a:>12}|{s!s:.4}")
