# Cancelling tasks (CancelledError inside the coroutine, cleanup in
# finally, cancel messages), asyncio.timeout, and Task.cancelling.
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "cleanup")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancellation")
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("t1 cancelled:", t.cancelled(), t.done())
    print(t.cancel())

    t = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout expired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time:", cm.expired())

    t = asyncio.create_task(sleeper("t3"))
    await asyncio.sleep(0)
    # Cancelling before it ran further: the task ends cancelled.
    t.cancel()
    await asyncio.sleep(0.01)
    print(t.cancelled())


asyncio.run(main())
