# match (at the start), search (anywhere), fullmatch (all of it), with pos
# and endpos, and the anchors ^ $ \A \Z with and without MULTILINE.
import re

print(re.match(r"\d+", "123abc"))
print(re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def456"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.fullmatch(r"a*?", "aaa"))
p = re.compile(r"\w+")
print(p.match("hello world", 6), p.search("hello world", 2, 4), p.fullmatch("hello world", 6, 11))
print(p.match("abc", 10), p.match("abc", -5), p.search("abc", 1, 100))
print(re.compile("^b").search("ab", 1), re.compile("b$").search("abc", 0, 2))
print(re.compile(r"\Ab").search("ab", 1))
print(re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"a\Z", "ba"))
print(re.findall(r"^.", "ab\ncd\n", re.M), re.findall(r".$", "ab\ncd\n", re.M))
print(re.findall(r"^", "a\nb\n", re.M), re.findall(r"$", "a\nb\n", re.M))
print(re.findall(r".", "a\nb"), re.findall(r".", "a\nb", re.S))
print(re.search(r"\B", ""), re.search(r"\b", ""), re.search(r"\B", "ab"))
print(bool(re.match("a", "a")), re.match("", ""))
m = re.search(r"(\d+)-(\d+)", "tel: 010-12345678")
print(m.group(1), m.group(2), m.start(), m.end())
