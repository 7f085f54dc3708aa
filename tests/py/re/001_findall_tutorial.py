# re.findall as the tutorial teaches it: literals, sets, ranges, ., greedy and
# lazy repeats, \w on Chinese text, \d \s, {n} and {n,}, and groups (one group
# gives its text, several give tuples, nested groups come outer first).
import re

text = "dingdalao niu bi"
print(re.findall("dingdalao", text))
print(re.findall("[abc]", text))
print(re.findall("d[abc]", text))
print(re.findall("[^abc]", text))
print(re.findall("t[a-z]", "ta1tb2tc3"))
print(re.findall("r.o", "raoroo"))
print(re.findall("r.+o", "rao123123roo"))
print(re.findall("r.+?o", "rao123123roo"))
print(re.findall(r"a\w+b", "123a丁大佬牛逼b"))
print(re.findall(r"a\w+c", "abdadc abdc"))
print(re.findall(r"\w\d+\w", "a123a丁大佬牛逼c1231"))
print(re.findall(r"\w+\s\w+", "123 234 456 "))
print(re.findall(r"123\d{6}", "123234456 "))
print(re.findall(r"\d{6,}", "123234456 1234567 12"))
print(re.findall(r"\d{2,3}", "1 12 123 1234 12345"))
print(re.findall(r"123(\d{6})", "123234456 "))
print(re.findall(r"(12)3(\d{6})", "123234456 123123123"))
print(re.findall(r"1(23(\d{6}))", "123234456 "))
print(re.findall(r"12323(\d{4}|d\w+u)", "123234456,12323dingdalaoniubi"))
print(re.findall(r"(12323(\d{4}|d\w+u))", "123234456,12323dingdalaoniubi"))
# A group that takes no part gives '' in findall.
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"(a)?b", "ab b"))
# Empty matches: between characters and at the end.
print(re.findall(r"x*", "axxb"))
print(re.findall(r"", "abc"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.compile(r"\d").findall("a1b2c3d4", 2, 6))
