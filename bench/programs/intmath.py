# Loops and integer arithmetic on machine-sized ints: a sieve of
# Eratosthenes, Collatz chain lengths, Newton integer square roots, digit
# reversal, Euclid's gcd, a hand-written popcount and a linear congruential
# generator.  (../shared/bench/loops.py times bare loop shapes.)

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags

def collatz_len(n, cache):
    steps = 0
    m = n
    while m >= n:
        if m == 1:
            break
        if m & 1:
            m = 3 * m + 1
        else:
            m >>= 1
        steps += 1
    if m < n:
        steps += cache[m]
    cache[n] = steps
    return steps

def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def reverse_digits(n):
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return r

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c

flags = sieve(1200000)
nprimes = 0
psum = 0
for i in range(len(flags)):
    if flags[i]:
        nprimes += 1
        psum += i
cache = [0] * 300000
best, best_n = 0, 1
for n in range(1, 300000):
    s = collatz_len(n, cache)
    if s > best:
        best, best_n = s, n
sq = 0
for n in range(1, 150000):
    sq += isqrt(n * 7919)
pal = 0
for n in range(100000, 220000):
    if reverse_digits(n) == n:
        pal += 1
g = 0
for a in range(1, 300):
    for b in range(1, 300):
        g += gcd(a * 7, b * 3)
seed = 12345
bits = 0
for i in range(200000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    bits += popcount(seed >> 40)
print("checksum:", nprimes, psum, best, best_n, sq, pal, g, bits)
