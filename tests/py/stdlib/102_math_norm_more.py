# math.hypot and math.dist agree with CPython to the last bit; the 3.11 additions.
import math, random
r = random.Random(5)
for i in range(300):
    n = r.randint(2, 6)
    v = [r.uniform(-1e3, 1e3) * 10 ** r.randint(-200, 200) for _ in range(n)]
    w = [r.gauss(0, 1) for _ in range(n)]
    print(math.hypot(*v).hex(), math.dist(v, w).hex(), math.hypot(*w).hex())
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(float('inf'), float('nan')), math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308))
print(math.dist((1, 2), [4, 6]), math.dist(iter([0]), (3,)))
for f, args in [(math.log1p, (-1,)), (math.log1p, (1e-10,)), (math.cbrt, (-27,)), (math.exp2, (10,)), (math.exp2, (2000,)), (math.remainder, (10, 3)), (math.remainder, (11, 2)), (math.remainder, (1, 0)), (math.remainder, (float('inf'), 1)), (math.remainder, (5, float('inf'))), (math.nextafter, (1, 2)), (math.nextafter, (0, -1)), (math.ulp, (1.0,)), (math.ulp, (1e308,)), (math.ulp, (float('inf'),)), (math.ulp, (0.0,)), (math.ulp, (-2,)), (math.ulp, (1.7976931348623157e308,)), (math.dist, ((1,), (1, 2))), (math.dist, (1, 2))]:
    try: print(f.__name__, args, f(*args))
    except Exception as e: print(f.__name__, args, type(e).__name__, e)
