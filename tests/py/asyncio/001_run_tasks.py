# asyncio.run, tasks made with create_task/ensure_future, sleep ordering,
# results and reprs of tasks and futures.
import asyncio


async def worker(name, delay, result):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "done")
    return result


async def main():
    t1 = asyncio.create_task(worker("a", 0.02, 1))
    t2 = asyncio.ensure_future(worker("b", 0.01, 2))
    print(t1.get_name(), t2.get_name(), t1.done())
    print(repr(t1).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(t1).split(" coro=")[0], "wait_for=<Future pending cb=[Task.task_wakeup()]>" in repr(t1))
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t1.result())
    print(repr(t1).split(" coro=")[0], repr(t1).endswith("result=1>"))
    print(asyncio.current_task().get_name())
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "later")
    print(await fut, fut)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(ValueError("bad"))
    print(f2, f2.exception())
    f3 = asyncio.get_running_loop().create_future()
    print(f3.cancel(), f3.cancelled(), f3)
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    return "main result"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(1)
except ValueError as e:
    print(e)
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException))
