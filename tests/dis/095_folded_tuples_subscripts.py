# Constant folding of tuples and subscripts, as CPython's AST optimizer does.
x = 'abc'[1]
y = (1, 2)[0]
z = (1, 2) + (3, (4,))
w = (1,) * 3
v = 'ab' * -1
u = (1, 2) * 0
t = ((1, 2),) * 2 + ('a',)
s = (1,) + ()
r = b'ab'[0]
q = (1, 2)[5]
p = 'abc'[-1]
o = not (1, 2)
n = (0,) * 300
m = ((1, 2, 3, 4),) * 250
