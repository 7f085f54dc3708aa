# f-strings: BUILD_STRING joins its pieces on their own storage, in the
# widest piece's kind; pieces that are empty, one character, non-ASCII
# latin-1, BMP, astral, or a lone surrogate (no UTF-8 round trip).
a, e, b, c = "ab", "é", "€", "😀"
s = "\ud800"
for v in [f"{a}{a}", f"{a}{e}", f"{e}{b}", f"{b}{c}", f"{a}{c}{e}", f"{''}{a}{''}", f"x{''}y", f"{s}{a}", f"{a}{s}{c}"]:
    print(ascii(v), len(v), v.isascii(), v.__sizeof__())
print(f"{1}-{2.5}-{None}-{True}-{[1, 'é']}-{a!r}-{b!r}-{3:>4}-{e:_^5}")
many = f"{a}{e}{b}{c}" * 3 + f"{a}{e}{b}{c}{a}{e}{b}{c}{a}{e}{b}{c}{a}{e}{b}{c}{a}{e}{b}{c}{a}{e}{b}{c}"
print(ascii(many), len(many))
for i in range(3):
    print(f"{i}: {'€' * i}{c * i}|")
