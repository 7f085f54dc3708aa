# escape: a backslash before every character that means something in a
# pattern (and whitespace), so the text matches itself.
import re

print(re.escape("www.python.org"), re.escape("a+b*c?"), re.escape("1 + 1 = 2\t#x"))
print(re.escape("中文-_~!@%&=:;,<>'\"/`"), re.escape(""))
text = "Price: $3.50 (approx.) [x]"
print(re.findall(re.escape("$3.50"), text), re.search(re.escape("(approx.)"), text).span())
print(re.escape(b"a.b\xff"), re.match(re.escape("a|b"), "a|b"))
re.purge()
print(re.findall("a", "banana"))
