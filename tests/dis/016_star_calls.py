a = [1]
k = {}
print(*a)
print(*a, **k)
print(1, *a, 2)
print(x=1, **k)
print(**k, y=2)
