# Flags: I M S X A U, their long names, inline flags at the start and
# scoped ones, and RegexFlag's repr, str and arithmetic as in CPython 3.11.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.IGNORECASE | re.MULTILINE, repr(re.I | re.S | re.X), re.A | re.I)
print(int(re.I), re.I == 2, re.I + 1, re.I | 4096, re.I & re.M, ~re.I)
print(re.I.name, (re.I | re.M).name, re.I.value, "%s %d %r" % (re.M, re.M, re.M), f"{re.S} {re.S:d}")
print(isinstance(re.I, int), isinstance(re.I | re.M, re.RegexFlag))
print(re.findall("abc", "ABC abc AbC", re.I), re.findall("(?i)abc", "ABC abc"))
print(re.findall("^a", "a\na", re.M), re.findall("(?m)a$", "a\na"))
print(re.findall("a.b", "a\nb", re.S), re.findall("(?s)a.b", "a\nb"))
pattern = re.compile(r"""
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number
""", re.X)
print(pattern.findall("555-1234 555 6789 5551111"))
print(re.findall(r"(?x) a b c  # comment", "abc"), re.findall(r"a\ b[ ]c", "a b c", re.X))
print(re.findall(r"a{1, 2}", "a{1,2}", re.X))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.findall(r"(?a)\w+", "naïve"), re.findall(r"(?a:\w+)é", "naïvé"))
print(re.findall(r"(?i:a)b", "AB Ab ab aB"), re.findall(r"(?-i:a)b", "AB Ab ab aB", re.I))
print(re.findall(r"(?x: a b ) c", "ab c abc"), re.findall(r"a(?s:.)b.", "a\nb\n a\nbc"))
print(re.compile("(?i)(?m)a").flags, re.compile("(?x)(?s) a").flags, re.compile("(?a)x").flags)
print(re.compile("a", re.DEBUG if False else 0).flags)
print(re.match("ǅ", "ǆ", re.I), re.match("ß", "SS", re.I), re.match("Ω", "ω", re.I))
print(re.match(r"[a-z]+", "ABC", re.I), re.match(r"[^a-z]", "A", re.I))
print(re.match("é", "É", re.I), re.match("é", "É", re.I | re.A))
