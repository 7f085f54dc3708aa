a = 1
a += 2
a *= 3
b = [1]
b[0] -= 1
import os
os.x |= 1
