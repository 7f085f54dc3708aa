i = 0
while i:
    i -= 1
else:
    print(i)
