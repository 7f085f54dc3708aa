# Arithmetic on small ints and floats, which the eval loop does inline:
# every operator against CPython's results, at the 30-bit digit boundary too.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**29, -(2**29), 2**30-1, -(2**30-1), 1000003, -1000003, 255, 256, -5, -6]
out = []
for a in vals:
    for b in vals:
        out.append((a + b, a - b, a * b, a & b, a | b, a ^ b))
        if b:
            out.append((a // b, a % b, a / b))
        if 0 <= b <= 70:
            out.append((a >> b, a << b))
        x = a; x += b; x -= 1; x *= 3; x &= 0xFFFF; x |= 1; x ^= 5; x >>= 1; x <<= 2
        if b: x //= b; x %= (b or 1)
        out.append(x)
for a in (1.5, -2.25, 0.0, -0.0, 1e308):
    for b in (1.5, -2.0, 3.0, 1e308):
        out.append((a + b, a - b, a * b, a / b))
print(len(out))
for item in out:
    print(item)
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
one, zero, fzero = 1, 0, 0.0
attempt(lambda: one // zero)
attempt(lambda: one % zero)
attempt(lambda: one / zero)
attempt(lambda: 1.0 / fzero)
attempt(lambda: one >> -one)
attempt(lambda: one << -one)
