a = b = 1
if a and b:
    c = 1
if a or b:
    c = 2
