a = b = c = 1
del a, b
def f():
    d = 1
    del d
