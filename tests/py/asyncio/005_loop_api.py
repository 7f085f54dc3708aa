# The event loop object: new_event_loop, run_until_complete, call_soon /
# call_later / call_at ordering, stop and run_forever, run_in_executor,
# call_soon_threadsafe from a thread, close.
import asyncio
import threading
import time


def blocking(x):
    time.sleep(0.01)
    return x * 2


async def uses_executor():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(3)))
    print("executor results", results)


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
order = []
loop.call_later(0.02, order.append, "later 0.02")
loop.call_later(0.01, order.append, "later 0.01")
loop.call_soon(order.append, "soon 1")
h = loop.call_soon(order.append, "cancelled")
h.cancel()
print(h.cancelled())
loop.call_soon(order.append, "soon 2")
loop.call_at(loop.time() + 0.03, loop.stop)
loop.run_forever()
print(order)

print(loop.run_until_complete(asyncio.sleep(0.01, result="slept")))
loop.run_until_complete(uses_executor())


def from_thread():
    loop.call_soon_threadsafe(order.append, "from thread")
    loop.call_soon_threadsafe(loop.stop)


threading.Thread(target=from_thread).start()
loop.run_forever()
print(order[-1])



def handler(loop, context):
    # The default handler would print the traceback, which shows asyncio's
    # own files: only the message and the exception here.
    print("handler:", context["message"].split(" at ")[0], repr(context["exception"]))


loop.set_exception_handler(handler)
loop.call_soon(loop.run_forever)
loop.call_soon(loop.stop)
loop.run_forever()

try:
    loop.call_soon(asyncio.sleep)
except TypeError as e:
    print(e)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
loop.close()

asyncio.set_event_loop(asyncio.new_event_loop())
loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 5)
print(loop.run_until_complete(fut))
loop.close()
