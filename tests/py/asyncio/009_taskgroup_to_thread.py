# asyncio.TaskGroup waiting for its tasks, and asyncio.to_thread running a
# blocking function in a worker thread while other tasks go on.
import asyncio
import threading
import time


async def job(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name


def blocking(n):
    time.sleep(0.02)
    return n * n, threading.current_thread() is threading.main_thread()


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.005)


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.1))
        t2 = tg.create_task(job("two", 0.05), name="second")
        print(repr(tg), t2.get_name())
    print("group done:", t1.result(), t2.result(), repr(tg))
    try:
        tg.create_task(job("late", 0))
    except RuntimeError as e:
        print(e)
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, 7), ticker())
    print("to_thread:", result)


asyncio.run(main())
