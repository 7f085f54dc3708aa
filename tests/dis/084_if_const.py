if 0:
    x = 1
if 1:
    y = 2
