# What a coroutine is not: iterable, sendable before it starts, resumable
# after it ends; and PEP 479 for coroutines.
async def main():
    return 1

c = main()
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def si():
    raise StopIteration(3)
try:
    si().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))

class Tick:
    def __await__(self):
        yield "tick"

async def ignores_exit():
    try:
        await Tick()
    except GeneratorExit:
        await Tick()
c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)

async def catches():
    try:
        await Tick()
    except ValueError as e:
        print("inside:", e)
        return "recovered"
c = catches()
c.send(None)
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print("StopIteration", e.value)

async def reenter():
    me.send(None)
me = reenter()
try:
    me.send(None)
except ValueError as e:
    print(e)

def gen():
    yield from main()
try:
    next(gen())
except TypeError as e:
    print(e)
