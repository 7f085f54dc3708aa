a = 1
b = a < 2
c = a == 2
d = a is None
e = a is not None
f = a in [1, 2]
g = a not in (1, 2)
