# Async generators: __anext__/asend/athrow/aclose return awaitables;
# StopAsyncIteration at the end; async for over them; finally blocks.
class Tick:
    def __await__(self):
        x = yield "tick"
        return x

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("got", got)
            await Tick()
    finally:
        print("agen finally")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    g = agen(3)
    print(type(g).__name__, repr(g).startswith("<async_generator object agen at"), g.__qualname__, g.ag_running)
    print(g.__aiter__() is g, hex(g.ag_code.co_flags & 0x200))
    async for v in agen(3):
        print("v", v)
    g = agen(5)
    print(await g.__anext__(), await g.asend("hello"), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    g = agen(5)
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("thrown"))
    except ValueError as e:
        print("ValueError", e)

    async def catcher():
        while True:
            try:
                yield 1
            except KeyError:
                yield "caught"
    c = catcher()
    print(await c.__anext__(), await c.athrow(KeyError), await c.__anext__())
    await c.aclose()

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print(e)

    async def bad():
        raise StopAsyncIteration
        yield
    try:
        await bad().__anext__()
    except RuntimeError as e:
        print(e)

    a = agen(1).__anext__()
    print(type(a).__name__)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print(e)
    return "main done"
print(run(main()))

# Driving the awaitables by hand: an await inside the generator shows as a
# yielded value, an item as StopIteration.
g = agen(2)
an = g.__anext__()
print(an.send(None))
try:
    an.send(None)
except StopIteration as e:
    print("item", e.value)
an = g.__anext__()
print(an.send(None))
try:
    an.send(None)
except StopIteration as e:
    print("item", e.value)
an = g.__anext__()
print(an.send(None))
try:
    an.send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
