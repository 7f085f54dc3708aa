a = 1
b = 2.5
c = 'hi'
d = b'x'
e = None
f = True
g = ...
h = 3j
