# Closures and generators: counters and accumulators with nonlocal, function
# factories, decorators (call counting, memoisation in a closed-over dict),
# composition, lambdas capturing loop variables through default arguments,
# an incremental prime sieve generator, generators with try/finally and
# close(), hand-written itertools-like generators and generator expressions.
# (../shared/bench/generators.py is pipelines, yield from and send().)

def make_counter(step):
    count = 0
    def incr():
        nonlocal count
        count += step
        return count
    return incr

def make_accumulator():
    total = 0
    items = 0
    def add(x):
        nonlocal total, items
        total += x
        items += 1
        return total // items
    return add

def counted(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = lambda: calls
    return wrapper

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    wrapper.cache = cache
    return wrapper

@counted
def scaled(x, k=3):
    return x * k

@memoize
def stairs(n):
    if n < 3:
        return n + 1
    return (stairs(n - 1) + stairs(n - 2) + stairs(n - 3)) % 1000000007

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

def primes():
    # incremental sieve: composite -> list of primes that divide it
    seen = {}
    n = 2
    while True:
        if n not in seen:
            yield n
            seen[n * n] = [n]
        else:
            for p in seen.pop(n):
                seen.setdefault(n + p, []).append(p)
        n += 1

def islice(it, n):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x

def chain(*its):
    for it in its:
        for x in it:
            yield x

log = []

def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(n)

def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)

counters = [make_counter(k) for k in range(1, 6)]
r1 = 0
for i in range(200000):
    r1 += counters[i % 5]()
acc = make_accumulator()
r2 = 0
for i in range(300000):
    r2 = (r2 + acc(i % 1000)) % 1000000007
r3 = 0
for i in range(250000):
    r3 += scaled(i) + scaled(i, k=2)
r3 = (r3, scaled.calls())
for n in range(0, 20001, 100):   # upwards, so the recursion stays shallow
    stairs(n)
r4 = (stairs(20000), len(stairs.cache))
adders = [lambda x, k=k: x + k for k in range(10)]
f = compose(*adders, lambda x: x * 2, abs)
r5 = sum(f(i) for i in range(-80000, 80000))
r6 = list(islice(primes(), 25000))
r6 = (r6[-1], sum(r6) % 1000000007)
r7 = 0
for n in range(8000):
    g = guarded(n % 50 + 5)
    for x in g:
        if x == 3:
            break
    g.close()
    r7 += x
r7 = (r7, len(log), sum(log))
r8 = sum(a * b - c for a, b, c in windows(chain(range(150000), (x * x % 1000 for x in range(150000))), 3))
r9 = sum(sum(y for y in range(x % 30)) for x in range(60000) if x % 3)
print("checksum:", r1, r2, r3, r4, r5, r6, r7, r8 % 1000000007, r9)
