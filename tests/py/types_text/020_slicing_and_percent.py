# str slicing (any step, out-of-range bounds) and printf-style % formatting.
s = "hello world"
print(s[1:4], s[::-1], s[::2], s[-3:], repr(s[5:1]), s[1:100:3])
print("%s-%d %5.2f|%r|%x|%-4s|" % ("a", 3, 2.5, "x", 255, "ab"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("100%%" % ())
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(repr(e))
try:
    print(s[::0])
except ValueError as e:
    print(repr(e))
