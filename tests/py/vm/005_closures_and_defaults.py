# Closures share cells; defaults are evaluated once (the mutable-default trap).
def make_counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

c = make_counter()
print(c(), c(), c(10))

def append_to(item, bucket=[]):
    bucket.append(item) if False else None
    return bucket

def trap(item, seen=[]):
    seen += [item]
    return seen

print(trap(1), trap(2))

def kw(a, /, b, *, c=3, **rest):
    return a, b, c, rest

print(kw(1, 2), kw(1, b=5, c=6, d=7))
try:
    kw(1)
except TypeError as e:
    print(e)
try:
    kw(1, 2, 3)
except TypeError as e:
    print(e)
try:
    kw(a=1, b=2)
except TypeError as e:
    print(e)
