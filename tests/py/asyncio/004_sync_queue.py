# asyncio.Lock, Event, Condition, Semaphore and Queue between coroutines:
# who waits, who wakes, in which order; their reprs' states.
import asyncio


async def locked_worker(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.005)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(repr(lock).endswith("[unlocked]>"), lock.locked())
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abc"))
    print(log)
    await lock.acquire()
    print(repr(lock).endswith("[locked]>"))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    event = asyncio.Event()

    async def waiter(n):
        print("waiter", n, "waiting")
        await event.wait()
        print("waiter", n, "woke")

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(event).endswith("[unset, waiters:3]>"))
    event.set()
    await asyncio.gather(*tasks)
    print(event.is_set(), await event.wait())

    sem = asyncio.Semaphore(2)
    active = []

    async def limited(n):
        async with sem:
            active.append(n)
            print("running", n, "active", len(active))
            await asyncio.sleep(0.005)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print(repr(sem).endswith("[unlocked, value:2]>"))
    bsem = asyncio.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer got", items.pop())

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify()
    await c

    q = asyncio.Queue(maxsize=2)
    print(q, q.empty(), q.full(), q.maxsize)

    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, "size", q.qsize())
        await q.put(None)

    async def consume():
        while (item := await q.get()) is not None:
            print("got", item)
            q.task_done()
            await asyncio.sleep(0)
        q.task_done()

    await asyncio.gather(producer(), consume())
    await q.join()
    print(q)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", str(q))
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])


asyncio.run(main())
