# Concatenation, repetition, slicing and comparison across storage kinds:
# ASCII, latin-1, BMP and astral text, and slices that narrow the kind.
a = "hello"
b = "wörld"
c = "€uro"
d = "😀x"
print(a + b, a + c, b + d, c + d)
# Slicing away the widest characters must give the narrow, equal string.
print((a + b)[5:], (c + a)[1:], (d + a)[1:], (d + c)[2:], repr((b + c)[:2]))
print((d + a)[1:] == "xhello", (c + a)[1:] == "urohello", ("é" + a)[1:].isascii(), ("€" + b)[1:].isascii())
print(hash((d + a)[1:]) == hash("xhello"), hash(("€" + b)[1:]) == hash(b))
print([x.__sizeof__() for x in [(d + a)[1:], (c + a)[1:], ("é" + a)[1:], ("€" + b)[1:], (d + c)[1:], (a + b)[:5], (b + d)[:5], (c + d)[:4]]])
s = a + b + c + d
print(s[::2], s[::-1], s[1:100:3], s[-3:], repr(s[5:1]), repr(s[100:]))
print([x.__sizeof__() for x in [s[::2], s[:14:2], s[:10:3], s[-2::-1], s[-1::-5], (s * 2)[3:9], c * 2, d * 3]])
e_acute = "é"
print(s[:] is s, s[0:len(s)] is s, e_acute[0] is e_acute, s[1] is s[1:2], s[6] is b[1])
print(s * 3, repr("ab" * 0), "x" * 5, c * 2, repr("" * 10), d * -1 == "")
print(repr("" + ""), "" + b is b, b + "" is b)
print("lo" in a, "ö" in a, "€" in s, "😀" in s, "" in a, "" in "", "xx" in s, "€" in a, "ö" in c)
print(sorted([b, a, c, d, "", "é", "e", "ea", "€a", "😀"]))
print(a < b, c < d, d < c, "abc" < "abd", "ab" < "abc", "é" > "e", "€" > "é", "\uffff" < "😀")
