# copy.copy/deepcopy (memo, cycles, __deepcopy__, __reduce_ex__ objects) and
# contextlib (contextmanager, suppress, closing, nullcontext, ExitStack).
import copy, contextlib
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x}, {self.y})"
p = P(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, q.y is p.y, r.y is p.y)
l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m[1] is m, m[0], len(m))
t = (1, [2])
print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
class Custom:
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return "copied"
print(copy.deepcopy([Custom()]))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("in body")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError("x")
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)
with contextlib.nullcontext(5) as n:
    print(n)
@tag("deco")
def f():
    print("in f")
f()
with contextlib.ExitStack() as stack:
    for n in "xy":
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
