a = []
a.append(1)
a.extend([1, 2], )
'x'.join(a)
