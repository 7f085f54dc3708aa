# random seeded with str, bytes and bytearray (SHA-512 appended, as CPython
# does) gives CPython's sequences; randrange's 3.11 rules for floats.
import random

for seed in ('abc', 'hello world', '中文', b'xy', bytearray(b'xy'), b'', ''):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.choice('abcdefg'), random.getrandbits(70))
random.seed('abc', version=1)
print(random.random())
r = random.Random(1)
print(r.randrange(5.0), r.randrange(1, 10.0), r.randrange(0, 10, 2.0))
for args in [(1.5,), (1, 2.5), (1, 10, 0.5), (1, 10, 0), (0,), (3, 3)]:
    try:
        r.randrange(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    r.randrange(5, step=2)
except TypeError as e:
    print(e)
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
