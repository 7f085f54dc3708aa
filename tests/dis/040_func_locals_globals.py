g = 1
def f(x):
    y = x + g
    global h
    h = y
    return y
