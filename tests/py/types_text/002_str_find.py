# find, rfind, index, rindex, count, startswith, endswith: sub[, start[, end]].
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

s = "abcabcabc"
print(s.find("c"), s.find("c", 3), s.find("c", 3, 5), s.find("z"), s.rfind("a"), s.rfind("a", 0, -1))
print(s.index("b"), s.rindex("b"), s.count("a"), s.count("a", 1), s.count(""), s.count("bc", -4))
print(s.find("a", None, None), s.find("a", -100), s.find("a", 2**70), s.count("a", -2**70, 2**70))
print(s.startswith("ab"), s.startswith("bc", 1), s.startswith(("x", "abc")), s.endswith("bc"),
      s.endswith("ab", 0, 2), s.endswith(()))
show(lambda: s.find())
show(lambda: s.find(1))
show(lambda: s.find("a", "x"))
show(lambda: s.find("a", 1.5))
show(lambda: s.find("a", 1, 2, 3))
show(lambda: s.find("a", start=1))
show(lambda: s.index("z"))
show(lambda: s.rindex("z"))
show(lambda: s.count(None))
show(lambda: s.count())
show(lambda: s.startswith(1))
show(lambda: s.startswith((1,)))
show(lambda: s.endswith())
show(lambda: s.endswith("a", x=2))
