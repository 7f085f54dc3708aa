async def f(it):
    async for i in it:
        if i:
            continue
        print(i)
    else:
        print("done")
    async for x, y in it:
        break
