# async for: __aiter__, then __anext__() awaited until StopAsyncIteration;
# else, break, continue; CPython's TypeErrors.
class Tick:
    def __await__(self):
        yield "tick"

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        print("ticks", ticks)
        return e.value

async def main():
    async for i in AIter(3):
        print("i", i)
        if i == 2:
            continue
    else:
        print("else")
    async for i in AIter(5):
        if i == 2:
            break
    else:
        print("not printed")
    print("after break", i)
    total = 0
    async for a in AIter(2):
        async for b in AIter(2):
            total += a * b
    return total
print(run(main()))

async def errors():
    try:
        async for x in 1:
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    class NoNext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoNext():
            pass
    except TypeError as e:
        print(e)
    class BadNext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 1
    try:
        async for x in BadNext():
            pass
    except TypeError as e:
        print(e, "| cause:", e.__cause__)
    class Raising:
        def __aiter__(self):
            return self
        async def __anext__(self):
            raise KeyError("k")
    try:
        async for x in Raising():
            pass
    except KeyError as e:
        print("KeyError", e)
run(errors())
