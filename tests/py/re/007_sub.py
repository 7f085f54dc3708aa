# sub and subn: templates (\1, \g<1>, \g<name>, \g<0>, escapes), functions,
# count, empty matches, and templates' errors.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\d+)", r"<\g<a>>", "a1b22"), re.sub(r"\d+", r"[\g<0>]", "a1b22"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"), re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"x", r"\&\-", "axb")), re.sub(r"x", r"\101\0", "x") == "A\x00")
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"\d", lambda m: None, "a1b2"))
print(re.sub(r"a", "x", "aaaa", 2), re.sub(r"a", "x", "aaaa", count=-1), re.subn(r"a", "x", "aaaa"))
print(re.subn(r"\s+", " ", "a  b \t c"), re.subn(r"z", "x", "abc"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"(?=b)", "^", "abab"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub("(?i)HELLO", "bye", "Hello hello HELLO"))
print(re.compile(r"o").sub("0", "foo boo", 3))
for repl in (r"\2", r"\g<x>", r"\g<1", r"\g<>", r"\q", r"\g<-1>", "\\"):
    try:
        re.sub(r"(a)", repl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub(r"a", lambda m: 1, "a")
except TypeError as e:
    print(e)
s = "no change"
print(re.sub("zzz", "y", s) is s)
print(re.sub(r"(\d{3})(\d{4})(\d{4})", r"\1****\3", "13812345678"))
