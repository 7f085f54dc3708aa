# split/rsplit/splitlines, strip, find/count/index, startswith/endswith,
# replace, partition and join on text of every storage kind.  __sizeof__
# shows each result's kind and ASCII flag: a result must be as narrow as its
# characters allow, whatever the kind of the string it came from.

texts = ["", "a", "abc", "a,b,,c", "  a b\tc  \n", "é,ü,,x", "€ ab €", "😀,a,😀", "ab€cd😀ef",
         "x\u3000y\u2028z", "\r\na\rb\nc\r\n", "ababab", "élan", "\u0100"]
seps = [",", "a", "ab", "€", "😀", "é", ",,", "xyz"]


def sizes(items):
    return [x.__sizeof__() for x in items]


for t in texts:
    print(repr(t))
    parts = t.split() + t.rsplit(None, 1) + t.split(maxsplit=0) + t.splitlines() + t.splitlines(True)
    print(" ", parts, sizes(parts))
    stripped = [t.strip(), t.lstrip(), t.rstrip(), t.strip("a€"), t.strip("😀,"), t.strip("a"), t.strip("")]
    print(" ", stripped, sizes(stripped))
    for sp in seps:
        parts = t.split(sp) + t.rsplit(sp) + t.split(sp, 1) + t.rsplit(sp, 1) + t.split(sp, 0)
        print(" ", repr(sp), parts, sizes(parts))
        print("   ", t.find(sp), t.rfind(sp), t.count(sp), t.find(sp, 1), t.find(sp, -3, -1),
              t.rfind(sp, 0, 4), t.count(sp, 2), sp in t)
        print("   ", t.startswith(sp), t.endswith(sp), t.startswith(sp, 1), t.endswith(sp, 0, -1),
              t.startswith((sp, "é")), t.endswith(("x", sp), 2))
        made = [t.replace(sp, "-"), t.replace(sp, "€€", 1), t.replace(sp, ""), t.replace(sp, "😀", 2),
                sp.join([t, t, "x"]), t.join([sp, "q"])]
        made += list(t.partition(sp)) + list(t.rpartition(sp))
        print("   ", made, sizes(made))
    made = [t.replace("", "-"), t.replace("", "é", 2), t.replace("", "")]
    print(" ", made, sizes(made), t.count(""), t.find(""), t.rfind(""), t.find("", 100), t.count("", 3, 1))

try:
    "abc".index("€")
except ValueError as e:
    print(e)
try:
    "abc".rindex("d", 1)
except ValueError as e:
    print(e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
print("abc".index("c", -1), "a€a€".rindex("€"), "a€a€".rindex("€", 0, 3))
print(repr(",".join([])), ",".join(["é"]), repr(",".join(["", ""])), "".join(("é", "€", "😀")))
print("-".join(("a", "b")), "€".join("ab"), "é".join(["a", "b"])[::2].__sizeof__())
