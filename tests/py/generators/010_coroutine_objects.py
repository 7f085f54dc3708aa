# Coroutine objects driven by hand: send() runs an `async def` body to its
# first real suspension (a yield deep inside an awaitable), StopIteration
# carries the return value, and a finished coroutine cannot be resumed.
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r

async def add(a, b):
    x = await Sleep(a)
    return a + b + (x or 0)

async def main():
    r = await add(1, 2)
    print("r", r)
    return r * 10

c = main()
print(type(c).__name__, repr(c).startswith("<coroutine object main at 0x"), c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_suspended, c.cr_origin)
print(hex(c.cr_code.co_flags & 0x180), hex(add.__code__.co_flags & 0x80))
v = c.send(None)
print("yielded", v, type(c.cr_await).__name__, c.cr_suspended)
try:
    c.send(5)
except StopIteration as e:
    print("done", e.value)
print(c.cr_await, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())

class Method:
    async def m(self):
        return "m"
m = Method().m()
print(m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
m.__name__ = "renamed"
print(m.__name__)
try:
    m.__qualname__ = 3
except TypeError as e:
    print(e)

# await on a coroutine that finishes without suspending.
async def const():
    return 42
async def waits():
    return await const() + await const()
try:
    waits().send(None)
except StopIteration as e:
    print("waits", e.value)
