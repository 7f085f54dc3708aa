# list.append, list.extend and list.insert change the list in place and return None.
l = []
print(l.append(1), l)
l.append([2])
print(l)
print(l.extend((3, 4)), l)
l.extend(('a', 'b'))
l.extend([x * 2 for x in [5]])
print(l)
l.extend(l)
print(len(l), l[-1])
l = [1, 2, 3]
l.insert(0, 'a')
l.insert(-1, 'b')
l.insert(100, 'c')
l.insert(-100, 'd')
l.insert(True, 'e')
print(l)
