# __sizeof__ of the containers: the object's own bytes (sys.getsizeof adds the GC header).
l = []
sizes = [l.__sizeof__()]
for i in [1, 2, 3, 4, 5]:
    l.append(i)
    sizes.append(l.__sizeof__())
print(sizes)
print(().__sizeof__(), (1, 2, 3).__sizeof__())
s = set()
print(s.__sizeof__(), set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).__sizeof__(), frozenset().__sizeof__())
d = {}
print(d.__sizeof__())
d['a'] = 1
print(d.__sizeof__(), {1: 2, 3: 4}.__sizeof__())
