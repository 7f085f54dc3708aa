a = 1
if a:
    b = 1
elif a > 2:
    b = 2
else:
    b = 3
