# A generator function returns a generator: its body runs only as values
# are asked for, pausing at each yield.  Chained generators form a pipeline
# in which every item flows through all stages before the next is read.

def read_lines(text):
    for line in text.splitlines():
        print(f"  read {line!r}")
        yield line

def parse(lines):
    for line in lines:
        name, score = line.split(",")
        yield name.strip(), int(score)

def passing(records, limit):
    for name, score in records:
        if score >= limit:
            yield name

data = "ann, 91\nbob, 45\ncid, 78\ndee, 60"
pipeline = passing(parse(read_lines(data)), 60)
print(pipeline.__class__.__name__, "created; nothing read yet")
for name in pipeline:
    print("passed:", name)

# Generator expressions are the same thing written inline.
total = sum(score for _, score in parse(data.splitlines()))
print("total", total)

# A generator is finished after its last value.
gen = (x * x for x in range(3))
print(list(gen), list(gen))

# Infinite generators are fine as long as someone stops asking.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i == n:
            return
        yield item

print(list(take(5, naturals())))

# The return value of a generator travels in StopIteration.value.
def averager(values):
    total = 0
    for v in values:
        total += v
        yield total
    return total / len(values)

g = averager([1, 2, 3])
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value)
