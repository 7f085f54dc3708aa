# contextvars: ContextVar get/set/reset and tokens, copy_context and
# Context.run; asyncio runs each task in its own copy of the context.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(repr(v).startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
print(v.name, v.get(), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
t = v.set(5)
print(v.get(), t.var is v, t.old_value, t.old_value is contextvars.Token.MISSING)
v.reset(t)
print(v.get(), repr(t).startswith("<Token used var=<ContextVar name='v'"))
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError: has already been used once" if "has already been used once" in str(e) else e)
ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), list(ctx.items()))
w.set(3)
print(w in ctx, w in contextvars.copy_context(), ctx.run(lambda: w.get(9)), w.get())


def inside():
    w.set("changed inside")
    return w.get()


print(ctx.run(inside), ctx[w], w.get())
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print(str(e).startswith("cannot enter context:"))
try:
    ctx[1]
except TypeError as e:
    print(e)
try:
    contextvars.ContextVar()
except TypeError as e:
    print(type(e).__name__)
print(contextvars.ContextVar[int])

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.05 * (3 - n))  # apart enough for a busy machine
    print("handler", n, "sees", request_id.get())


async def main():
    request_id.set("main")
    await asyncio.gather(*(handler(i) for i in range(3)))
    print("main still sees", request_id.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request_id.get()))
    print("callback saw", await fut)


asyncio.run(main())
print("outside:", request_id.get())
