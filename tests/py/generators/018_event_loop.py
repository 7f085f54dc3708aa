# A tiny round-robin event loop: tasks are coroutines, `await sleep()`
# yields to the loop, which resumes the others; results come back through
# StopIteration.value.
class Sleep:
    def __await__(self):
        yield "sleep"

def sleep():
    return Sleep()

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print("finished", name, e.value)
            except Exception as e:
                self.results[name] = e
                print("failed", name, type(e).__name__, e)
            else:
                self.ready.append((name, coro))
        return self.results

async def worker(name, n):
    total = 0
    for i in range(n):
        print(name, "step", i)
        total += i
        await sleep()
    return total

async def failing():
    await sleep()
    raise ValueError("bad task")

class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        while self.held:
            await sleep()
        self.held = True
    async def __aexit__(self, *exc):
        self.held = False

lock = Lock()
async def critical(name):
    async with lock:
        print(name, "in")
        await sleep()
        await sleep()
        print(name, "out")
    return name

async def ticker(n):
    for i in range(n):
        await sleep()
        yield i

async def consumer():
    return [i async for i in ticker(3)]

loop = Loop()
loop.spawn("a", worker("a", 3))
loop.spawn("b", worker("b", 2))
loop.spawn("f", failing())
loop.spawn("c1", critical("c1"))
loop.spawn("c2", critical("c2"))
loop.spawn("t", consumer())
print(sorted((k, str(v)) for k, v in loop.run().items()))
