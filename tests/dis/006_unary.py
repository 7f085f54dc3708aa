a = 1
b = -a
c = +a
d = ~a
e = not a
f = -5
g = not 1
