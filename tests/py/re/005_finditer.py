# finditer: Match objects for every match, empty matches handled as
# CPython 3.7+ does (one may follow a non-empty match at the same place).
import re

for m in re.finditer(r"(\w)(\d)", "a1 b2 c3"):
    print(m.span(), m.group(), m.groups())
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.finditer(r"\w*", "ab cd")])
print([m.span() for m in re.finditer(r"(?=a)", "aaa")])
print([m.span() for m in re.compile(r"\d").finditer("0123456789", 3, 6)])
it = re.finditer(r"\d+", "12 34")
print(next(it).group(), next(it).group(), next(it, "done"))
s = re.compile(r"\d").scanner("a1b2")
print(s.search(), s.search(), s.search())
try:
    re.finditer("a", 5)
except TypeError as e:
    print(e)
text = "The rain in Spain stays mainly in the plain"
print([(m.start(), m.group()) for m in re.finditer(r"\b\w*ain\b", text)])
