import random
for s in (0, 1, 42, 12345, 2**40 + 7, -3):
    random.seed(s)
    print(s, [round(random.random(), 12) for _ in range(3)], random.randint(1, 100), random.randrange(0, 50, 5),
          random.getrandbits(70))
random.seed(7)
items = list(range(10))
random.shuffle(items)
print(items, random.choice('abcdef'), random.sample(range(100), 5), random.sample(['a', 'b', 'c', 'd'], 2))
print([round(random.uniform(1, 2), 10) for _ in range(2)], round(random.gauss(0, 1), 10), round(random.gauss(5, 2), 10))
print(random.choices('xyz', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(round(random.normalvariate(), 10), round(random.expovariate(1.5), 10), round(random.triangular(), 10))
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(2.5, 1), 10), round(random.paretovariate(3), 10))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(99)
print(r.randint(0, 10**30), r.randbytes(5), r.sample(range(1000), 3))
print(random.sample(range(10), k=3, counts=None), random.sample(['red', 'blue'], counts=[4, 2], k=5))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1], 2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
