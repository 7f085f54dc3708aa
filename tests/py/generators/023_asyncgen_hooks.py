# sys.set_asyncgen_hooks: firstiter sees an async generator when it is first
# iterated; an unfinished one that becomes garbage goes to the finalizer
# (which an event loop uses to schedule aclose()) instead of being closed.
import gc
import sys

events = []


def firstiter(agen):
    events.append(("firstiter", agen.__name__))


def finalizer(agen):
    events.append(("finalizer", agen.__name__))
    # What an event loop does: close it later; here, at once.
    closing = agen.aclose()
    try:
        closing.send(None)
    except StopIteration:
        events.append(("closed", agen.__name__))


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        events.append(("finally", "numbers"))


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, hooks.firstiter is firstiter, hooks[1] is finalizer, len(hooks))
g = numbers()
print(step(g.__anext__()))
del g
gc.collect()
print(events)
events.clear()
sys.set_asyncgen_hooks(finalizer=None)
g = numbers()
step(g.__anext__())
del g
print(events)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is firstiter)
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())
