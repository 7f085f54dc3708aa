# re.error for bad patterns, with CPython's messages, positions, lineno and
# colno; ValueError and OverflowError where CPython raises them; TypeError
# for a str pattern on bytes and the like.
import re

bad = ["(", ")", "a)", "*", "+a", "a**", "a*?*", "a{2}{3}", "^*", "[a", "[]", "[a-", "a{3,2}", r"\z", r"\h", r"\Q",
       "(?P<1>a)", "(?P<>a)", "(?P<a", "(?P<a>x)(?P<a>y)", "(?P=b)", "(?Px)", "(?<x>a)", "(?", "(?z)", "(?i",
       "a(?i)b", "(?-i)a", "(?i-i:a)", "(?L)a", "(?au)a", "(?#x", r"\1", r"(a)\2", r"(a\1)", "(?(2)a)(b)",
       "(?(x)a)", "(?(1a)a)", "(?(0)a)", "(a)(?(1)a|b|c)", "(?<=a|bc)", r"(?<=a+)b", r"(?<=(a)\1)",
       "x\\", r"\x1", r"\xz", r"\u12", r"\U0011ffff", r"\N{nope}", r"\N", r"\777", "[z-a]", r"[\d-z]", r"[a-\w]",
       r"\8", "a\n(b", "ab\ncd\nef)", "(?P<a-b>x)", "(?P=a-b)", "(a)(?P=1)", "(?x)a(?x)", "{1}", "a|*"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for p, f in [("a", re.L), ("(?a)a", re.U), ("a", re.A | re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print("ValueError", e)
try:
    re.compile("a{4294967296}")
except OverflowError as e:
    print("OverflowError", e)
for f in (lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.search("a", 1),
          lambda: re.findall("a", None), lambda: re.sub("a", "b", 5)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
e = re.error("plain")
print(e, e.msg, e.pos, e.pattern, e.lineno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
