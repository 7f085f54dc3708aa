# The with statement: __enter__/__exit__ looked up on the type, the exception
# passed to __exit__, a true result swallowing it, exits on return/break/continue.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.swallow
with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("boom")
print("after b")
with CM("x") as x, CM("y") as y:
    print("both", x.name, y.name)
def f():
    with CM("ret"):
        return 42
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("in loop", i)
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
with CM("z"):
    raise KeyError("k")
