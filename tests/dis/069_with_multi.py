with a() as x, b():
    pass
