# sys.setprofile: call/return for Python functions, c_call/c_return/
# c_exception for built-ins, with the built-in as the argument.
import sys

log = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        log.append((event, frame.f_code.co_name, getattr(arg, "__qualname__", None), getattr(arg, "__self__", "-") is not None))
    else:
        log.append((event, frame.f_code.co_name, repr(arg)))


def work(items):
    out = []
    for v in items:
        out.append(len(str(v)))
    out.sort()
    try:
        int("x")
    except ValueError:
        pass
    return sorted(out, key=lambda n: -n)


def gen():
    yield 1
    yield 2


sys.setprofile(prof)
work([1, 22, 333])
list(gen())
sys.setprofile(None)
for e in log:
    print(*e)
print(sys.getprofile())
