# The Match object: group() in its forms, groups() and groupdict() with
# defaults, start/end/span, lastindex and lastgroup, expand, [], string, re,
# pos, endpos, regs, and its repr.
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?", "Isaac Newton, physicist")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, 2), m.group("first", 0))
print(m[0], m[1], m["last"])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(""))
print(m.start(), m.end(), m.span(), m.span(1), m.start("last"), m.end(2), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.string, m.re, m.pos, m.endpos, m.regs)
print(m.expand(r"\2, \1"), m.expand(r"\g<last> \g<0>!"), m.expand("plain"))
for bad in (4, -1, "nope", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m.start("x")
except IndexError as e:
    print("start:", e)
print(re.match(r"(a)(b)?", "ac").lastindex, re.match(r"(a)|b", "b").lastindex)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup, re.match(r"(a)(?P<y>b)", "ab").lastgroup)
print(re.match(r"(a)(b)", "ab").lastgroup, re.match(r"a", "a").lastindex)
print(re.search(r"x", "a" * 30 + "x" * 60))
print(repr(re.search(r".+", "x" * 100)))
print(re.match(r"(a)(x)?", "a").groups(), re.match(r"(a)(x)?", "a").groups(0))
print(re.match(r"(a)(x)?", "a").span(2), re.match(r"(a)(x)?", "a").group(2))
print(type(m).__name__, type(m), isinstance(m, re.Match))
n = re.compile(r"(\d)(\d)").search("ab12cd", 1, 5)
print(n.pos, n.endpos, n.string[n.start():n.end()])
