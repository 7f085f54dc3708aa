# gi_frame, cr_frame, ag_frame: a suspended generator's frame has no f_back,
# a running one's f_back is whoever resumed it, a finished one has none.
import sys


def gen():
    x = 1
    me = sys._getframe()
    yield me is g.gi_frame, me.f_back.f_code.co_name
    y = 2
    yield sorted(me.f_locals)


g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_frame.f_back, g.gi_frame.f_lasti)


def driver():
    return next(g)


print(driver())
print(g.gi_frame.f_lineno, g.gi_frame.f_back, sorted(g.gi_frame.f_locals))
print(next(g))
frame = g.gi_frame
print(list(g), g.gi_frame, frame.f_lineno)
try:
    frame.clear()
    print("cleared", frame.f_locals)
except RuntimeError as e:
    print("RuntimeError:", e)


async def coro():
    return sys._getframe().f_code.co_name


c = coro()
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)


async def agen():
    yield 1


a = agen()
print(a.ag_frame.f_code.co_name)
