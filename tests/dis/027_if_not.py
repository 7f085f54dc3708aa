a = 1
if not a:
    b = 1
