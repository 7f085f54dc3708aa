# float(n) for ints past 2**63 is correctly rounded: to nearest, ties to
# even, and OverflowError once the rounded value reaches 2**1024.
for k in (63, 64, 90, 1023, 1024):
    for d in (-1, 1, 2**(k - 54), 2**(k - 54) + 1, 2**(k - 53), 3 * 2**(k - 54), 3 * 2**(k - 54) + 1):
        for v in (2**k + d, -(2**k + d)):
            try:
                print(k, float(v))
            except OverflowError as e:
                print(k, repr(e))
# The largest double is 2**1024 - 2**971; halfway above it rounds to even,
# which is 2**1024: too large.
print(float(2**1024 - 2**971), float(-(2**1024 - 2**970 - 1)))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(repr(e))
print(2**100 / 3, (10**30 + 7) / (10**20), -(2**80) / 7, 1 / 2**1074, 1 / 2**1075)
