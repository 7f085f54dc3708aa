async def f(x):
    try:
        return await x
    finally:
        await x.close()
