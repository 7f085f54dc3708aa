# async def makes a coroutine function: calling it makes a coroutine object
# and runs nothing.  await pauses the coroutine until the awaited object is
# done.  An event loop resumes coroutines with send(); here is a tiny one
# (asyncio's is the real thing).

class Sleep:
    """Awaitable: yields control to the loop for `ticks` rounds."""
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
        return self.ticks

async def task(name, steps):
    for i in range(steps):
        waited = await Sleep(1)
        print(f"{name}: step {i} (waited {waited})")
    return f"{name} finished"

def run(*coroutines):
    ready = list(coroutines)
    results = {}
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
            ready.append(coro)               # paused at an await: run it again later
        except StopIteration as stop:
            results[coro.__name__] = stop.value
    return results

coro = task("x", 1)
print(type(coro).__name__, coro.__name__)
print(run(task("A", 2), task("B", 3), coro))

# async for and async with use __aiter__/__anext__ and __aenter__/__aexit__.
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(0)
        return self.n

class Session:
    async def __aenter__(self):
        print("open session")
        return self
    async def __aexit__(self, *exc):
        print("close session")

async def main():
    async with Session():
        async for value in Ticker(3):
            print("tick", value)
    return [x async for x in Ticker(2)]

print(run(main()))
