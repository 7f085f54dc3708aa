# globals() is the module namespace itself.
x = 1
g = globals()
print(g['x'], 'x' in g, g is globals())
g['y'] = 2
print(y)
def f():
    return globals() is g
print(f())
try:
    globals(1)
except Exception as e:
    print(repr(e))
