# re keeps no hidden references: after findall, sub or search the string's
# reference count is what it was, and a Match holds one reference to its
# string (m.string) as long as it lives.  A Pattern used in a loop keeps
# finding the right matches in successive strings.
import re
import sys

s = "hello world " * 3
before = sys.getrefcount(s)
re.search(r"o", s)
re.findall(r"o", s)
re.sub(r"o", "0", s)
re.split(r" ", s)
print(sys.getrefcount(s) - before)
m = re.search(r"w", s)
print(sys.getrefcount(s) - before, m.string is s)
del m
print(sys.getrefcount(s) - before)
it = re.finditer(r"l+", s)
print([x.span() for x in it][:3], sys.getrefcount(s) - before)
p = re.compile(r"(\d+)")
for text in ["a1", "bb22", "ccc333", "é4444", "😀55555", "a1"]:
    print(p.search(text).group(1), p.findall(text * 2), p.sub(r"<\1>", text))
t = "x" * 500 + "7"
print([p.search(t, i).span() for i in (0, 100, 500)], p.search(t, 501))
