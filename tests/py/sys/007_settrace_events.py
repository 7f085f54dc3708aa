# sys.settrace: the events and their order, as pdb and coverage tools see them.
import sys

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "return":
        events.append((event, name, frame.f_lineno, repr(arg)))
    elif event == "exception":
        events.append((event, name, frame.f_lineno, arg[0].__name__, str(arg[1])))
    else:
        events.append((event, name, frame.f_lineno))
    return tracer


def add(a, b):
    c = a + b
    return c


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total


def gen(n):
    for i in range(n):
        yield i * 2
    return "done"


def fails():
    x = 1
    raise ValueError("bad")


def catches():
    try:
        fails()
    except ValueError as e:
        return str(e)
    finally:
        pass


class Box:
    size = 3

    def __init__(self, v):
        self.v = v


def comprehension(n):
    return [i * i for i in range(n) if i]


class Managed:
    def __enter__(self):
        return 5

    def __exit__(self, *exc):
        return False


def with_block():
    with Managed() as v:
        w = v + 1
    return w


sys.settrace(tracer)
add(1, 2)
loop(4)
list(gen(2))
catches()
Box(2)
comprehension(3)
with_block()
lam = (lambda x: x + 1)(3)
sys.settrace(None)
for e in events:
    print(*e)
print(sys.gettrace())
