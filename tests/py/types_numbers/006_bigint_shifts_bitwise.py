# Shifts and bitwise operators on big ints act as if ints had infinitely many
# two's complement sign bits: a right shift rounds toward minus infinity.
for a in (2**90 + 5, -(2**90 + 5), -(2**90), 2**61 - 1, -(2**61)):
    print([a >> s for s in (1, 29, 30, 31, 60, 89, 90, 91, 200)])
    print([a << s for s in (1, 29, 30, 31, 61)])
    for b in (2**64 - 1, -(2**60 + 1), 255, -256, 2**95):
        print(a & b, a | b, a ^ b)
print(-1 >> 1000, 1 >> 1000, -(2**100) >> 100, -(2**100) >> 99, -(2**100 + 1) >> 100)
try:
    print(2**100 >> -1)
except ValueError as e:
    print(repr(e))
