def f():
    raise ValueError('x')
def g():
    raise
def h():
    raise ValueError from None
