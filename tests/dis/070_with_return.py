def f():
    with a() as x:
        return x
