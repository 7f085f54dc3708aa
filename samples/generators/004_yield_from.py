# yield from delegates to another generator: its values pass straight
# through, send() and throw() reach it, and its return value becomes the
# value of the yield from expression.

def chunk(name, n):
    for i in range(n):
        received = yield f"{name}{i}"
        if received is not None:
            print(f"  {name} got {received!r}")
    return f"{name} done"

def outer():
    first = yield from chunk("a", 2)
    print("  first returned:", first)
    second = yield from chunk("b", 2)
    print("  second returned:", second)
    return "all done"

gen = outer()
print(next(gen))
print(gen.send("hello"))          # goes to the inner generator
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("outer returned:", stop.value)

# Flattening nested lists with recursion and yield from.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))

# yield from works with any iterable, not only generators.
def letters():
    yield from "abc"
    yield from range(2)
print(list(letters()))
