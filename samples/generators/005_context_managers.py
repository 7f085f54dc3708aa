# with EXPR as NAME: calls EXPR.__enter__() (its result is NAME), runs the
# block, then always calls __exit__(type, value, traceback); a true result
# from __exit__ swallows the exception.
import contextlib

class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print(f"enter {self.label}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.label}: {exc_type.__name__ if exc_type else 'no exception'}")
        return False                     # do not swallow

with Timer("first") as t:
    print("inside", t.label)

try:
    with Timer("second"):
        1 / 0
except ZeroDivisionError:
    print("the ZeroDivisionError still propagated")

class Ignore:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)

with Ignore(KeyError):
    {}["missing"]
print("KeyError swallowed")

# The same with a generator: code before yield is __enter__, after is __exit__.
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")

with tag("html"), tag("body") as inner:
    print("content of", inner)

with contextlib.suppress(FileNotFoundError):
    open("/no/such/file")
print("suppress() did the same as Ignore")

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    print("inside the stack", names)
