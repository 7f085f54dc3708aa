# Async comprehensions and asynchronous generator expressions.
class Wait:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v * 10

async def agen(n):
    for i in range(n):
        await Wait(i)
        yield i

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    print([x async for x in agen(3)])
    print({x: x * 2 async for x in agen(3) if x > 0})
    print(sorted({x % 2 async for x in agen(5)}))
    print([await Wait(x) for x in range(3)])
    print([y for x in range(3) async for y in agen(x)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    ge = (x * x async for x in agen(4))
    print(type(ge).__name__, [v async for v in ge])
run(main())
