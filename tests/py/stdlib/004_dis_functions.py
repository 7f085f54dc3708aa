# dis.dis of functions: the listing CPython 3.11 prints, with line numbers,
# ">>" on jump targets (loops, if/else, while), the exception table of
# try/except/finally and with, closures (MAKE_CELL, COPY_FREE_VARS) and
# comprehensions (nested code objects, whose reprs carry an address that
# differs from run to run: replaced here by 0x?).
import dis
import re


class Capture:
    """A file for dis's file= argument that keeps what is written."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def show(x, **kwargs):
    out = Capture()
    dis.dis(x, file=out, **kwargs)
    print(re.sub(r" at 0x[0-9a-f]+", " at 0x?", "".join(out.parts)), end="")


def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        elif i > 50:
            break
        total += i
    else:
        total = -total
    while n > 0:
        n -= 1
    return total


def handlers(path):
    try:
        f = open(path)
    except (OSError, ValueError) as e:
        print("cannot", e)
        return None
    else:
        return f
    finally:
        print("done")


def with_block(lock, items):
    with lock:
        items.append(1)
    assert items, "empty"
    del items[0]


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def comprehensions(data):
    squares = [x * x for x in data if x]
    table = {k: v for k, v in zip(data, squares)}
    unique = {x % 3 for x in data}
    return sum(x for x in squares), table, unique


def strings(name, value):
    return f"{name!r}: {value:>10} {value!s:{name}}" + "x" * 3


def unpacking(seq, *args, key=None, **kw):
    a, *rest = seq
    b, c = c, b = rest[:2]
    print(*args, **kw, sep=key)
    return a is None, b is not c, a in rest, b not in rest, not a


show(loops)
show(handlers)
show(with_block)
show(counter)
show(counter())
show(comprehensions)
show(comprehensions, depth=0)
show(strings)
show(unpacking)
show(lambda x, y=2: x if x > y else y)
