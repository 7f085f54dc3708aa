a = 1
b = a + 2
c = a - b * a / b // a % b ** a
d = a << 1 >> 2 & 3 | 4 ^ 5
e = a @ b
