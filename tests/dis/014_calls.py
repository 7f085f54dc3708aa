print(1)
print(1, 2, sep='')
f = len
f([1])
