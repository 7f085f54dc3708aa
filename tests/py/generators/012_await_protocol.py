# await: a coroutine, or an object whose __await__ returns an iterator;
# __await__() and coroutine_wrapper; CPython's TypeErrors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter([])  # finishes at once: await gives None

class Later:
    def __await__(self):
        yield "later"
        return "later-value"

async def aw(x):
    return await x

print(run(aw(Ready(1))), run(aw(Later())))

async def inner():
    return "inner"
w = inner().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)

class Returns5:
    def __await__(self):
        return 5
class ReturnsCoro:
    def __await__(self):
        return inner()
for bad in (1, "s", None, Returns5(), ReturnsCoro()):
    try:
        run(aw(bad))
    except TypeError as e:
        print("TypeError:", e)

class Tick:
    def __await__(self):
        yield "tick"
async def sleeper():
    await Tick()
async def outer(c):
    await c
s = sleeper()
first = outer(s)
first.send(None)
print(type(first.cr_await).__name__, first.cr_await is s)
try:
    outer(s).send(None)
except RuntimeError as e:
    print(e)
first.close()
