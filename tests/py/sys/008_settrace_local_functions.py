# Local trace functions: returning None stops line events for a frame;
# f_trace_lines=False too; a tracer that raises is unset; settrace(None)
# from inside; f_locals changes written back.
import sys

log = []


def only_calls(frame, event, arg):
    log.append((event, frame.f_code.co_name))
    return None


def f(x):
    y = x * 2
    return y


def g():
    return f(1) + f(2)


sys.settrace(only_calls)
g()
sys.settrace(None)
print(log)

log.clear()


def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    log.append((event, frame.f_code.co_name, frame.f_lineno))
    return no_lines


sys.settrace(no_lines)
g()
sys.settrace(None)
print(log)


def raising(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "f":
        raise RuntimeError("tracer failed")
    return raising


sys.settrace(raising)
try:
    g()
except RuntimeError as e:
    print("RuntimeError:", e, sys.gettrace())


def changer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "h" and frame.f_lineno == 64:
        frame.f_locals["a"] = 100
    return changer


def h():
    a = 1
    b = a + 1
    return a, b


sys.settrace(changer)
print(h())
sys.settrace(None)


def stopper(frame, event, arg):
    log.append((event, frame.f_code.co_name, frame.f_lineno))
    if event == "line" and frame.f_lineno == 85:
        sys.settrace(None)
    return stopper


log.clear()


def k():
    a = 1
    b = 2
    return a + b


sys.settrace(stopper)
k()
k()
print(log, sys.gettrace())
