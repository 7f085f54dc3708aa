async def f(cm, other):
    async with cm as v:
        print(v)
    async with cm, other as (a, b):
        return a
