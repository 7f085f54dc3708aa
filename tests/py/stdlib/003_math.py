# math: libm functions with CPython's domain and range errors, logarithms of
# huge ints, floor/ceil/trunc to int, the integer functions, fsum.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(2**2000))
print(math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.hypot(3, 4), math.hypot(), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), math.floor(5), type(math.floor(2.5)))
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.isqrt(99), math.isqrt(10**40), math.comb(10, 3), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(3, -0.0), math.fmod(7, 3), math.pow(2, 10))
for f, a in [(math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.exp, (1000,)), (math.sqrt, ("x",)), (math.isqrt, (-1,)), (math.pow, (0, -1)), (math.floor, (math.inf,)), (math.acos, (2,))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
a, b = 1, 1
for _ in range(2000):
    a, b = b, a + b
print(math.gcd(a, b), math.gcd(-12, 18), math.gcd(2**200, 6**100) == 2**100, math.lcm(-4, 6), math.gcd(7))
