# str() of big ints, and the 4300-digit limit (CPython 3.11) on converting
# between int and decimal text.
f = 1
for i in range(2, 600):
    f *= i
s = str(f)
print(len(s), s[:30], s[-30:], int(s) == f, int("-" + s) == -f)
print(str(10**4299)[:5], len(str(10**4299)), len(str(-(10**4299))))
try:
    str(10**4300)
except ValueError as e:
    print(repr(e))
try:
    int("1" * 4301)
except ValueError as e:
    print(repr(e))
print(len(hex(10**5000)), hex(-(2**100)), oct(2**100 + 1), bin(-(2**64)))
