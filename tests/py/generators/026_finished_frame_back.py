# f_back of a generator's or coroutine's frame once it has finished is None
# (it let go of its resumer); a function's keeps its caller.
import sys
def g():
    yield sys._getframe()
    yield 2
gen = g()
f = next(gen)
print("suspended:", f.f_back)
for _ in gen: pass
print("finished:", f.f_back, gen.gi_frame)
def g2():
    yield sys._getframe()
    raise ValueError
gen = g2()
f = next(gen)
try:
    next(gen)
except ValueError:
    pass
print("raised:", f.f_back)
async def co():
    return sys._getframe()
c = co()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine:", e.value.f_back)
def plain():
    return sys._getframe()
print("function:", plain().f_back.f_code.co_name)
