i = 0
while i < 10:
    if i == 5:
        break
    i += 1
else:
    i = -1
