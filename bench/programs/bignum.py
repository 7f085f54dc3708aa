# Big integers: fast-doubling Fibonacci, Euclid's gcd on consecutive
# Fibonacci numbers (the worst case) and math.gcd, binomial coefficients,
# digits of sqrt(2) by integer Newton iteration, built-in three-argument
# pow, bitwise operations and shifts on big and negative numbers, floor
# division and modulo signs, int <-> str and hex round trips.
# (../shared/bench/bigint.py is factorials, a pi spigot and divmod.)
import math

def fib_pair(n):
    # returns (F(n), F(n+1))
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return (d, c + d)
    return (c, d)

def euclid(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps

def binomial(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r

def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y

def digit_sum(s):
    return sum(ord(c) - 48 for c in s)

f, f1 = fib_pair(1000000)
r1 = (f.bit_length(), f % 1000000007, f1 % 998244353)
a, b = fib_pair(20000)
g, steps = euclid(b, a)
r2 = (g, steps, math.gcd(f * 6, f1 * 10), math.gcd(2 ** 4000 * 3 ** 50, 6 ** 3000) == 2 ** 3000 * 3 ** 50)
r3 = 0
for n in range(200, 2600, 40):
    c = binomial(n, n // 2)
    r3 = (r3 * 7 + c % 1000000007 + c.bit_length()) % 1000000007
s2 = str(isqrt(2 * 10 ** 6000))
r4 = (s2[:20], digit_sum(s2), len(s2))
m = (1 << 521) - 1
r5 = 0
for base in range(2, 200):
    r5 = (r5 + pow(base, m - 1, m)) % 1000000007   # Fermat: m is prime, so each is 1
r5b = pow(3, 10 ** 40, 10 ** 30 + 57)
x = 12345678901234567890 ** 40
y = -(98765432109876543210 ** 25)
r6 = ((x & y) % 1000003, (x | y) % 1000003, (x ^ y) % 1000003, (~x) % 1000003,
      (y >> 97) % 1000003, (x << 333) % 1000003, y // 97 % 1000, y % 97, x // -13 % 1000,
      divmod(y, 10 ** 20)[1])
big = 7 ** 5000 + 12345
r7 = (int(str(big)) == big, int(hex(big), 16) == big, len(hex(big)), int(str(big)[::-1]) % 1000003,
      (-big).bit_length(), abs(-big) == big, -big // big, str(-big)[:8])
acc = 0
v = 1
for i in range(1, 20000):
    v = v * 3 + i
    acc ^= v % 65521
print("checksum:", r1, r2, r3, r4, r5, r5b, r6, r7, acc, v.bit_length())
