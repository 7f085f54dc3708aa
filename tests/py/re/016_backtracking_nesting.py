# Catastrophic backtracking still ends with CPython's answer (PCRE2's step
# and memory limits are lifted), and deeply nested groups: about 450 levels
# are fine, deeper ones reach the recursion limit as in CPython.
import re

print(re.match(r"(a+)+$", "a" * 18 + "b"), re.match(r"(x+x+)+y", "x" * 16))
print(re.search(r"(\w+\s?)*$", "An input string that takes a long time!"))
print(re.fullmatch(r"(a|aa)+", "a" * 30).span())
print(re.compile("(" * 300 + "a" + ")" * 300).match("a").lastindex)
try:
    re.compile("(" * 1000 + ")" * 1000)
except RecursionError as e:
    print("RecursionError:", e)
