# The refcount view switched on from Python in the middle of a running
# function: the eval loop's own count changes from then on (LOAD_FAST,
# STORE_FAST, the call's arguments) are reported, not only the runtime's.
import sys

try:
    from glasspy import trace
except ImportError:  # CPython, which checks the program's output
    def trace(*args, **kwargs):
        pass


def work():
    x = [1, 2]
    total = 0
    for i in range(3):
        if i == 1:
            trace("refcount", watch="x", json=True)
        y = x
        total += len(y)
        del y
    trace(None)
    return total, sys.getrefcount(x)


print(work())
