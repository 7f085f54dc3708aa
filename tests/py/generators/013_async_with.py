# async with: __aenter__ and __aexit__ are awaited; __aexit__ may suppress
# the exception; return and break leave through __aexit__.
class Tick:
    def __await__(self):
        yield "tick"

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await Tick()
        return self.suppress

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
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", True):
        raise ValueError("boom")
    print("suppressed")
    try:
        async with CM("n"):
            1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
    for i in range(3):
        async with CM("loop"):
            if i == 1:
                break
    for _ in range(2):
        async with CM("r"):
            return "ret"
print(run(main()))

async def errors():
    for obj in (1, object()):
        try:
            async with obj:
                pass
        except TypeError as e:
            print(e)
    class OnlyEnter:
        async def __aenter__(self):
            pass
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print(e)
    class BadEnter:
        def __aenter__(self):
            return 1
        def __aexit__(self, *a):
            return 2
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print(e)
    class BadExit:
        async def __aenter__(self):
            return 1
        def __aexit__(self, *a):
            return 2
    try:
        async with BadExit():
            pass
    except TypeError as e:
        print(e)
    class SyncCM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            pass
    try:
        async with SyncCM():
            pass
    except TypeError as e:
        print(e)
run(errors())
