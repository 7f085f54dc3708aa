a = 1
b = a and 2
c = a or 2
d = a and b or c
e = a or b or c
