pass
def f():
    pass
