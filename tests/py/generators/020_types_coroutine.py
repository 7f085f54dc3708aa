import types
@types.coroutine
def sleep0():
    yield 'tick'
    return 'slept'
print(bool(sleep0.__code__.co_flags & 0x100))
async def main():
    r = await sleep0()
    return r
c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)
def plain(): yield 1
try:
    async def bad():
        await plain()
    bad().send(None)
except TypeError as e:
    print('TypeError:', e)
code = plain.__code__
c2 = code.replace(co_name='renamed')
print(c2.co_name, code.co_name, c2.co_flags == code.co_flags)
def g(): pass
g.__code__ = (lambda: 42).__code__
print(g())
try: g.__code__ = 5
except TypeError as e: print('TypeError:', e)
def outer():
    x = 1
    def inner(): return x
    return inner
try:
    g.__code__ = outer().__code__
except ValueError as e: print('ValueError:', e)
try: code.replace(co_bogus=1)
except TypeError as e: print('TypeError:', e)
