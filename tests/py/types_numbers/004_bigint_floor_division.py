# // and % of big ints round the quotient toward minus infinity, so the
# remainder takes the divisor's sign and a == (a // b) * b + a % b always.
a = 10**40 + 7
for x in (a, -a):
    for y in (10, -10, 10**9, -(10**9), 2**30 - 1, 10**20 + 1, -(10**20 + 1), 2**100, -(2**100)):
        q, r = divmod(x, y)
        print(x // y, x % y, q == x // y, r == x % y, q * y + r == x)
print(divmod(-(10**30), 10), divmod(10**30, -10), divmod(-(10**30), -(10**15)))
print(divmod(2**60, 2**90), divmod(-(2**60), 2**90), divmod(2**60, -(2**90)), divmod(-(2**60), -(2**90)))
print(-(2**90 + 5) // (2**60 + 1), -(2**90 + 5) % (2**60 + 1))
try:
    print(2**100 // 0)
except ZeroDivisionError as e:
    print(repr(e))
try:
    print(2**100 % 0)
except ZeroDivisionError as e:
    print(repr(e))
