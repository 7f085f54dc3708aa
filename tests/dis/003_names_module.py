x = 1
y = x
del x
print(y)
