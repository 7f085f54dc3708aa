# When formatting leaves a str as it is, CPython returns the very object: its
# string writer keeps a str written whole into it while it is still empty
# instead of copying it, if nothing else follows.  So format(s, spec),
# '{}'.format(s), '%s' % s and f'{s}' can be s itself, and a __str__ or
# __format__ that returns a str subclass instance can see it come back.
class S2(str):
    pass


class Self(str):
    def __str__(self):
        return self


class T:
    def __str__(self):
        return S2("y")

    def __repr__(self):
        return S2("r")


class U(str):
    def __format__(self, spec):
        return S2("f")


s, t, me = "abcdef", S2("xyz"), Self("me")
plain = "text"
print("format():", format(s, "") is s, format(s, "<2") is s, format(s, ".6") is s, format(s, ".5") is s,
      format(s, "7") is s, format(t, "<1") is t, format(t) is t, format(t, "s") is t, format(t, "^3") is t)
print("str.format:", "{}".format(s) is s, "{:<3}".format(s) is s, "{:.9}".format(s) is s, "a{}".format(s) is s,
      "{}{}".format(s, "") is s, "{}".format(t) is t, "{:<1}".format(t) is t, "{0}".format(s) is s,
      "{!s}".format(s) is s, plain.format() is plain, "{{}}".format() == "{}")
print("f-string:", f"{s}" is s, f"{s:<1}" is s, f"{t:<1}" is t, f"{t}" is t, f"{s!s}" is s, f"{t!s}" is t,
      f"{s}{''}" is s)
print("percent:", "%s" % s is s, "%s" % (s,) is s, "%5s" % s is s, "%.6s" % s is s, "%s" % t is t,
      "x%s" % s is s, "%(a)s" % {"a": s} is s, "%s%%" % s is s, plain % () is plain)


def types(*values):
    return " ".join(type(v).__name__ for v in values)


print(types("%s" % T(), "a%s" % T(), "%r" % T(), "%5s" % T(), "%s%s" % (T(), ""), "%s" % me, "%s" % t))
print(types("{}".format(T()), "{}".format(me), "{}".format(t), "{!s}".format(T()), "{}{}".format(T(), ""),
            "{}".format(U("a")), "{:>1}".format(me), "{:>3}".format(me)))
print(types(format(U("a")), f"{U(1)}", f"{U(1)}{U(2)}", f"{T()!s}", f"{T()}", f"{me}", f"{t}", format(me, "<1")))
print(types(format(T()), format(T(), ""), str(T()), str(me), str(t), S2("abc").format(), S2("a{}").format(""),
            S2("abc") % (), S2("%s") % "x", S2("ab").format_map({})))
# ascii() returns an all-ASCII repr as it is
print(types(ascii(T()), "%a" % T(), f"{T()!a}", "{!a}".format(T()), repr(T()), f"{T()!r}", "%r" % T()))
