# bytes patterns: ASCII meaning of \w \d \s, bytes results, templates in
# bytes, IGNORECASE for ASCII letters only.
import re

print(re.findall(rb"\w+", b"hello world caf\xc3\xa9"), re.findall(rb"\d+", b"a12b3"))
print(re.match(rb"(\w+) (\w+)", b"hello world").groups(), re.search(rb"o", b"foo"))
print(re.sub(rb"(\w+)@(\w+)", rb"\2 at \1", b"me@home"), re.subn(rb"o", b"0", b"foo"))
print(re.split(rb"\s+", b"a b\tc"), re.split(rb"(,)", b"a,b"))
print(re.match(rb"ABC", b"abc", re.I), re.match(b"\xe9", b"\xc9", re.I), re.match(rb"\xe9", b"\xe9"))
print(re.findall(rb"[\x80-\xff]+", b"ab\x80\x90cd\xff"), re.escape(b"a.b*c"))
print(re.compile(rb"(?P<x>a)").groupindex, re.match(rb"(?P<x>a)", b"a").groupdict())
print(re.match(rb"a", bytearray(b"abc")), re.findall(rb"b", bytearray(b"abcb")))
m = re.search(rb"(\d+)", b"id=42")
print(m.group(1), m.span(1), m.expand(rb"<\1>"), m)
for p in (rb"\u0041", rb"(?u)a", rb"\N{DASH}", b"\\\xe9z"):
    try:
        re.compile(p)
        print(p, "compiled")
    except re.error as e:
        print(p, "->", e)
print(re.sub(rb"a", lambda m: m.group().upper(), b"banana"))
