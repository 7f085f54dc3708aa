# The built-ins aiter() and anext(), with and without a default.
import asyncio, types

class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def agen():
    yield 'a'
    yield 'b'

async def main():
    c = Counter(2)
    print(aiter(c) is c, await anext(c), await anext(c), await anext(c, 'done'), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    g = agen()
    print(await anext(g), await anext(g), await anext(g, 'end'))
    a = anext(agen(), 'x')
    print(type(a).__name__, type(anext(agen())).__name__)
    print(await a)
    for bad in (lambda: aiter(1), lambda: anext(1), lambda: anext([]), lambda: aiter([])):
        try: bad()
        except TypeError as e: print(e)
    class Bad:
        def __aiter__(self): return 1
    try: aiter(Bad())
    except TypeError as e: print(e)
    it = aiter(agen())
    print([x async for x in it])
asyncio.run(main())
print(aiter.__doc__, anext.__doc__.splitlines()[0])
