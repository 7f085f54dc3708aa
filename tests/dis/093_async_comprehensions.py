async def f(ait, xs):
    a = [x async for x in ait]
    b = {x: y async for x in ait if x for y in xs}
    c = (x async for x in ait)
    d = [await x for x in xs]
    e = {x async for x in ait async for y in ait}
    return a, b, c, d, e
