# gather (with and without return_exceptions), wait with its return_when
# modes, wait_for and its TimeoutError, as_completed, shield.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return name


async def main():
    print(await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c", 0)))
    print(await asyncio.gather(job("d", 0.01), job("e", 0, fail=True), return_exceptions=True))
    try:
        await asyncio.gather(job("f", 0.02), job("g", 0.01, fail=True))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)  # f finishes in the background
    print(await asyncio.gather())

    tasks = [asyncio.create_task(job(n, d)) for n, d in [("h", 0.03), ("i", 0.01)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(job("j", 0.05))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("j cancelled", t.cancelled())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    coro = job("never", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    coro.close()

    print(await asyncio.wait_for(job("k", 0.01), timeout=1))
    try:
        await asyncio.wait_for(job("l", 0.05), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, repr(e.__cause__))

    for coro in asyncio.as_completed([job("m", 0.03), job("n", 0.01), job("o", 0.02)]):
        print("as_completed", await coro)

    inner = asyncio.create_task(job("p", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except TimeoutError:
        print("shielded timeout; inner cancelled?", inner.cancelled())
    print(await inner)


asyncio.run(main())
