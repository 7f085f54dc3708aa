# The Pattern object: repr with and without flags, pattern, flags, groups,
# groupindex, equality and hashing, the module's cache, and purge.
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)")
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(p.groupindex["year"], list(p.groupindex))
print(re.compile("a", re.I), re.compile("a", re.I | re.M | re.S), re.compile("a", re.X))
print(re.compile("a", re.A), re.compile(b"a"), re.compile(b"a", re.I), re.compile("(?s)a"))
print(re.compile("a", re.U), re.compile("'\"\n"), re.compile("x" * 250))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile(b"a").flags, re.compile("(?im)a").flags)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") == "a")
print(hash(re.compile("ab")) == hash(re.compile("ab")))
print(re.compile("abc") is re.compile("abc"), re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(e)
for bad in (1, None, ["a"]):
    try:
        re.compile(bad)
    except TypeError as e:
        print(e)
re.purge()
print(re.compile("abc").pattern)
print(type(p).__name__, isinstance(p, re.Pattern), p.search("on 2023-10-01").groupdict())
try:
    re.Pattern()
except TypeError as e:
    print(e)
