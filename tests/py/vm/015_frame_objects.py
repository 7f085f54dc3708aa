# Frame objects: sys._getframe, f_back across built-in calls, f_locals that
# outlive the frame, tb_frame, locals() identity, and cycles through frames.
import gc
import sys


def f(a, b=2):
    x = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals), fr.f_back.f_code.co_name)
    return fr


fr = f(1)
# The frame ended: its object kept the locals and the caller's object.
print(sorted(fr.f_locals), fr.f_locals['x'], fr.f_back.f_code.co_name, fr.f_lineno)
print(repr(fr).startswith("<frame at 0x"), repr(fr).endswith("line 11, code f>"), type(fr).__name__)
print(fr.f_lasti > 0, fr.f_globals is globals(), fr.f_builtins is __builtins__.__dict__)
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
del fr

# f_back goes through built-ins that call back into Python.
def key(v):
    names = []
    frame = sys._getframe()
    while frame:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    print(names)
    return v


def sorter():
    return sorted([2, 1], key=key)


sorter()
print(sys._getframe(0).f_back, sys._getframe().f_code.co_name)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)

# tb_frame: the frame each entry was made in, with its locals.
def inner():
    y = 42
    raise ValueError("x")


def outer():
    z = "outer"
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals))
        tb = tb.tb_next
    print(e.__traceback__.tb_frame is sys._getframe())
    del tb


# locals() in a function: the same dict each time, refreshed.
def loc():
    a = locals()
    x = 1
    b = locals()
    print(a is b, sorted(a))
    del x
    print(sorted(locals()))


loc()


# A frame that holds its own object in a local is a cycle the collector frees.
class Witness:
    def __del__(self):
        print("Witness freed")


def cyclic():
    w = Witness()
    me = sys._getframe()
    return None


gc.collect()
cyclic()
print("collected:", gc.collect() > 0)

# Writing f_lineno outside a trace function is refused; frame.clear() of a
# running frame too.
this = sys._getframe()
try:
    this.f_lineno = 3
except ValueError as e:
    print("ValueError:", e)
try:
    this.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    this.f_trace_lines = 1
except TypeError as e:
    print("TypeError:", e)
print(gc.is_tracked(this))
