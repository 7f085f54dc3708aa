# Values around 2**30, 2**60 and 2**90, where ints gain a 30-bit digit:
# carries and borrows that cross digits, and results that shrink to fewer
# digits (or to a shared small int).
five, one, zero = 5, 1, 0
for k in (30, 60, 90):
    p = 2**k
    print(k, p - 1 + 1, p + 1 - 2, p - p, (p + 1) - p, -(p - 1) - 1, (p - 1) * (p - 1), (p + 1) * (p - 1))
    print(k, (p - 1) + (p - 1), -(p + 1) + (p - 1), (p * p) // (p - 1), (p * p) % (p + 1), -p // 3, -p % 3)
    print(k, (p + 5) - p is five, p // p is one, (p - p) is zero, abs(-p) == p, -(-p) == p, ~p, ~-p)
