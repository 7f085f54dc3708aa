async def f(x):
    await x
    return 1
