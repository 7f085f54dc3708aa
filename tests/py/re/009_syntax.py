# Pattern syntax: named groups and references, backreferences, lookarounds,
# atomic groups and possessive repeats (3.11), conditional groups, comments,
# repeat forms, escapes (\x \u \U \N{...} octal), and sets.
import re

print(re.findall(r"(?P<ch>\w)(?P=ch)", "aabbcd eeff"), re.sub(r"(\w)\1", r"<\1\1>", "aabcc"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
print(re.findall(r"\w+(?=!)", "hey! you! there"), re.findall(r"\w+(?!\w|!)", "hey! you"))
print(re.findall(r"(?<=\$)\d+", "cost $30, $45"), re.findall(r"(?<!\$)\b\d+", "cost $30, 45"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab"))
print(re.match(r"a*+a", "aaa"), re.match(r"a?+a", "a"), re.match(r"a{1,2}+a", "aaa"))
print(re.findall(r"(<)?\w+(?(1)>|$)", "<a> b <c d"), re.match(r"(?P<x>a)?(?(x)b|c)", "c"))
print(re.findall(r"a(?#a comment)b", "ab"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{2}", "aaaaa"))
print(re.findall(r"a{,}", "aa"), re.findall(r"x{}", "x{}"), re.findall(r"x{a}", "x{a}"))
print(re.findall(r"a{2,}?", "aaaa"), re.findall(r"a{1,3}?", "aaaa"), re.findall(r"a??b", "ab b"))
print(re.findall(r"\x41\u0042\U00000043\N{LATIN SMALL LETTER D}\N{em dash}", "ABCd—"))
print(re.findall(r"\101\0\07", "A\x00\x07"), re.findall(r"[\101-\103]", "ABCD"))
print(re.findall(r"[]a]", "]a"), re.findall(r"[^]a]", "]ab"), re.findall(r"[a-]", "a-b"), re.findall(r"[-a]", "-a"))
print(re.findall(r"[\d.]+", "1.5 and 2.25"), re.findall(r"[\w-]+", "a-b c_d"), re.findall(r"[\]\\]", "]\\"))
print(re.findall(r"[x[:alpha:]]", "[:a]]"), re.findall(r"[\b]", "a\bb"), re.findall(r"\v", "\x0b\n"))
print(re.findall(r"[^\S\n]+", "a \t\nb"), re.findall(r"[\S]+", "a\x1cb c"), re.findall(r"\s", "\x1c\x1f\x85\u3000\u180e"))
print(re.findall(r"\.\*\+\?\{\}\(\)\[\]\^\$\|\\", ".*+?{}()[]^$|\\"))
print(re.findall(r"a|b|", "abc"), re.findall(r"(a|b)+", "abab"), re.findall(r"(?:ab)+", "ababx ab"))
print(re.match(r"(a)(?:b)(c)", "abc").groups(), re.match(r"((a)(b))", "ab").groups())
print(re.match(r"(a)*", "aaa").group(1), re.match(r"(a|b)*", "ab").group(1), re.match(r"(?:(a)|b)*", "ab").groups())
print(re.findall(r"\bcat\b", "cat concat cat's"), re.findall(r"\Bcat", "cat concat"))
print(re.match(r"(?P<n>\d)(?P<m>\d)?", "1").groupdict(), re.match(r"(?P<名字>\w+)", "张三").groupdict())
