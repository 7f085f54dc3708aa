# gather (with and without return_exceptions), wait with its return_when
# modes, wait_for and its TimeoutError, as_completed, shield.
import asyncio

# The time unit of the delays: long enough that tasks started one after the
# other still finish in the order of their delays on a busy machine.
U = 0.05


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return name


async def main():
    print(await asyncio.gather(job("a", 2 * U), job("b", U), job("c", 0)))
    print(await asyncio.gather(job("d", U), job("e", 0, fail=True), return_exceptions=True))
    try:
        await asyncio.gather(job("f", 2 * U), job("g", U, fail=True))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(2 * U)  # f finishes in the background
    print(await asyncio.gather())

    tasks = [asyncio.create_task(job(n, d)) for n, d in [("h", 3 * U), ("i", U)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(job("j", 5 * U))
    done, pending = await asyncio.wait([t], timeout=U)
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

    print(await asyncio.wait_for(job("k", U), timeout=1))
    try:
        await asyncio.wait_for(job("l", 5 * U), timeout=U)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, repr(e.__cause__))

    for coro in asyncio.as_completed([job("m", 3 * U), job("n", U), job("o", 2 * U)]):
        print("as_completed", await coro)

    inner = asyncio.create_task(job("p", 2 * U))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=U)
    except TimeoutError:
        print("shielded timeout; inner cancelled?", inner.cancelled())
    print(await inner)


asyncio.run(main())
