# The event loop's and policy's classes and reprs, running and closed.
import asyncio
loop = asyncio.new_event_loop()
print(loop)
print(asyncio.get_event_loop_policy().__class__.__name__, asyncio.SelectorEventLoop.__name__)
async def f():
    print(asyncio.get_running_loop())
loop.run_until_complete(f())
loop.close()
print(loop)
