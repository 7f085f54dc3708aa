# Unfinished coroutines and async generators are closed when deleted (their
# finally blocks run), also after a break out of async for.
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def m():
    async for x in agen():
        print(x)
        break
    print("after")
    g = agen()
    await g.__anext__()
    del g
    print("deleted")
    c = inner()
    await Tick()
    c.send(None)
    del c
    print("coro deleted")
async def inner():
    try:
        await Tick()
    finally:
        print("inner finally")
run(m())
class Holder: pass
async def cyc():
    h.c = me
h = Holder()
me = cyc()
print(type(agen().asend(None)).__name__, type(agen().aclose()).__name__)
