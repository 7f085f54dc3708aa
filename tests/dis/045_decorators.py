def deco(f):
    return f
@deco
def g():
    pass
@deco
@deco
def h():
    pass
