import os
a = os.path
os.x = 1
del os.x
b = a.b.c
