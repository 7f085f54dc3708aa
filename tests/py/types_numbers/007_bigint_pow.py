# ** with int results: squaring and multiplying, signs by the exponent's
# parity, 0/1/-1 with any exponent, and pow's modular form.
for a in (2, -2, 3, 10, -10, 2**30 - 1, 2**30, -(2**31), 2**61 + 1, -(10**25)):
    print([a ** e for e in (0, 1, 2, 3, 7, 31, 64, 100)])
print(0 ** (2**100), 1 ** (2**100), (-1) ** (2**100), (-1) ** (2**100 + 1), (2**70) ** 0, (-(2**70)) ** 1)
print(7 ** 3000 % 1000000007, (-3) ** 2501 % 1000000007, len(str(7 ** 3000)))
print(pow(3, 2**100, 2**89 - 1), pow(-3, 10**20 + 1, -(10**9 + 7)), pow(2**90, -1, 10**9 + 7))
print(2 ** -2, (2**70) ** -1)
