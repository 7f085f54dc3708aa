def f():
    global x
    x = 1
    del x
