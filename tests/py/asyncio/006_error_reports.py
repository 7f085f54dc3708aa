# What asyncio reports on stderr: an exception no one retrieved from a
# task, a task destroyed while pending, an exception handler's context;
# and an exception leaving asyncio.run.
import asyncio
import gc
import sys


async def bad():
    raise ValueError("boom")


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    sys.stderr.flush()
    print("main goes on")
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))  # retrieved: no report


asyncio.run(main())


async def forever():
    await asyncio.sleep(10)


loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
del t  # the task, its coroutine and the future it waits for form a cycle:
gc.collect()  # the collector finds it, and the task's __del__ reports it
print("after collect")


async def fails():
    await asyncio.sleep(0)
    raise KeyError("missing")


try:
    asyncio.run(fails())
except KeyError as e:
    print("asyncio.run raised", repr(e))


def custom(loop, context):
    print("custom handler:", sorted(context), context["message"])


async def with_handler():
    asyncio.get_running_loop().set_exception_handler(custom)
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)

asyncio.run(with_handler())


async def unawaited():
    asyncio.sleep(1)  # forgot await
    print("no sleep happened")

asyncio.run(unawaited())
