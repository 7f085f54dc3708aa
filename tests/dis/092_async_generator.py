async def agen(n):
    for i in range(n):
        got = yield i
        await got
    yield
