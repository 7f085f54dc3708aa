# An event loop running in its own thread: run_coroutine_threadsafe from the
# main thread, call_soon_threadsafe to stop it; asyncio.run in a worker thread.
import asyncio, threading
loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever)
t.start()
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b
fut = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
print(fut.result(timeout=2))
async def boom():
    raise ValueError("x")
try:
    asyncio.run_coroutine_threadsafe(boom(), loop).result(2)
except ValueError as e:
    print("ValueError", e)
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(e)
    print(asyncio.run(add(2, 3)))
th = threading.Thread(target=in_thread, name="worker"); th.start(); th.join()
