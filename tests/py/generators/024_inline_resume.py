# A for loop and yield from run a generator's frame on top of their own
# (no C++ call per step); everything next()/send() guarantee must hold.
import sys, traceback

def gen(n):
    for i in range(n):
        yield i

print(sum(gen(10)), [x for x in gen(5)])

# sys.exc_info() inside and outside, with a yield inside an except block.
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]

try:
    raise ValueError("outer")
except ValueError:
    for v in handler():
        print("got", v, "outside:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())

# An exception raised inside a generator in a for loop.
def boom(k):
    yield 1
    raise ZeroDivisionError(k)

try:
    for x in boom("x"):
        print("x", x)
except ZeroDivisionError as e:
    print("caught", repr(e), e.__context__)
    traceback.print_exc(file=sys.stdout)

# PEP 479, in a for loop and through yield from.
def stops():
    yield 1
    raise StopIteration("s")

for f in (lambda: stops(), lambda: (yield from stops())):
    try:
        for x in f():
            print("s", x)
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

def delegating():
    r = yield from stops()
    yield r
try:
    print(list(delegating()))
except RuntimeError as e:
    print("delegating:", e)

# Return values through yield from, nested three deep.
def leaf(n):
    yield n
    return n * 10
def middle(n):
    r = yield from leaf(n)
    r2 = yield from leaf(r)
    return r + r2
def top():
    t = yield from middle(2)
    yield ("total", t)
print(list(top()))

# send() into a chain that a for loop is not driving, and a for loop over a
# generator that is itself being driven by yield from.
def echo():
    got = None
    while True:
        got = yield got
def relay():
    yield from echo()
r = relay()
print(next(r), r.send(5), r.send("a"))
r.close()
print(r.gi_frame)

# gi_running and "already executing" from inside.
def self_ref():
    yield g.gi_running
    try:
        next(g)
    except ValueError as e:
        yield str(e)
g = self_ref()
print(list(g))

# f_back of the running frame is the loop's frame; None when suspended.
def where():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back is sys._getframe(1)
def caller():
    return [w for w in where()]
print(caller())
w = where()
next(w)
print(w.gi_frame.f_back)

# A generator exhausted by the loop stays exhausted, and the loop variable
# keeps its last value.
g = gen(3)
for v in g:
    pass
print(v, list(g), next(g, "done"))

# break out of the loop: the generator is suspended, then closed on collection.
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
for x in closing():
    break
print("after break")

# Deep recursion through generators raises RecursionError.
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(50)))
try:
    list(deep(100000))
except RecursionError as e:
    print("RecursionError:", e)

# Coroutines awaited from coroutines.
class Ready:
    def __await__(self):
        return (yield "tick")
async def inner():
    v = await Ready()
    return v + 1
async def outer():
    a = await inner()
    b = await inner()
    return a + b
c = outer()
print(c.send(None), c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("coroutine returned", e.value)

# A loop over a generator inside a generator that is thrown into.
def thrower():
    try:
        for x in gen(3):
            yield x
    except IndexError as e:
        yield "caught " + str(e)
t = thrower()
print(next(t), t.throw(IndexError("i")))
