# Generators: next/send/throw/close, return values in StopIteration, yield from,
# generator expressions, cleanup on close and on deletion, PEP 479.
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(g.__name__, g.__qualname__, type(g).__name__)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(list(gen(4)), sum(gen(5)), [x * x for x in gen(3)])
print(sorted(k for k in {"b": 1, "a": 2}), list(x for x in range(3) if x), max(len(w) for w in ["ab", "c"]))
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield from [10, 20]
    return r
print(list(deleg()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
print("closed")
c2 = closing()
next(c2)
del c2
print("deleted")
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
ct = catcher()
next(ct)
ct.throw(ValueError("v1"))
ct.throw(ValueError, "v2")
try:
    ct.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
g2 = gen(1)
try:
    g2.send(5)
except TypeError as e:
    print(e)
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignores()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(e)
def counter():
    n = 0
    while True:
        n += 1
        yield n
print(list(zip(counter(), "abc")))
def inner():
    x = yield 1
    print("inner got", x)
    return 7
def outer():
    v = yield from inner()
    print("outer got", v)
o = outer()
print(next(o))
try:
    o.send("s")
except StopIteration:
    print("outer done")
print(repr(gen(1))[:26])
