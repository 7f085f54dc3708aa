a, b = 1, 2
a, b = b, a
a, b, c = [1, 2, 3]
x = y = 3
[p, q] = 1, 2
