# Float math: Mandelbrot escape counts on a grid (plain floats), the same on
# a smaller grid with complex numbers, Simpson integration of math-module
# functions and Newton's method.  (../shared/bench/nbody.py and
# spectral_norm.py are the float-array workloads.)
import math

def mandel_floats(w, h, max_iter):
    total = 0
    inside = 0
    for py in range(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.1 + 3.0 * px / w
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
            if n == max_iter:
                inside += 1
    return total, inside

def mandel_complex(w, h, max_iter):
    total = 0
    for py in range(h):
        for px in range(w):
            c = complex(-2.1 + 3.0 * px / w, -1.2 + 2.4 * py / h)
            z = 0j
            n = 0
            while n < max_iter and abs(z) <= 2.0:
                z = z * z + c
                n += 1
            total += n
    return total

def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        s += (4.0 if i % 2 else 2.0) * f(x)
    return s * h / 3.0

def newton_sqrt(v):
    x = v if v > 1.0 else 1.0
    for _ in range(60):
        nx = 0.5 * (x + v / x)
        if abs(nx - x) < 1e-15 * x:
            return nx
        x = nx
    return x

m1 = mandel_floats(320, 240, 250)
m2 = mandel_complex(120, 80, 100)
i1 = simpson(math.sin, 0.0, math.pi, 100000)
i2 = simpson(lambda x: math.exp(-x * x), -3.0, 3.0, 100000)
i3 = simpson(lambda x: math.log(1.0 + x) / (1.0 + x * x), 0.0, 1.0, 100000)
err = 0.0
for k in range(1, 60000):
    v = k * 0.37
    err = max(err, abs(newton_sqrt(v) - math.sqrt(v)) / math.sqrt(v))
h = math.hypot(3.0, 4.0) + math.atan2(1.0, 1.0) * 4.0 + math.floor(-2.5) + math.fabs(-1.25)
print("checksum:", m1, m2, "%.10f %.10f %.10f" % (i1, i2, i3), err < 1e-14, round(h, 9))
