# inspect's predicates for awaitables, async generators and method wrappers.
import inspect, types, asyncio

async def co():
    return 1

async def agen():
    yield 1

@types.coroutine
def old_style():
    yield

def plain_gen():
    yield

class Awaitable:
    def __await__(self):
        yield

c = co()
g = plain_gen()
values = [c, agen(), old_style(), g, Awaitable(), 5, ().__add__, [].append, len]
print([inspect.isawaitable(v) for v in values])
print([inspect.isasyncgen(v) for v in values])
print([inspect.ismethodwrapper(v) for v in values])
print(inspect.iskeyword("for"), inspect.iskeyword("four"))
c.close()
