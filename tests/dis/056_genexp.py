g = (x for x in range(3))
sum(x for x in [1, 2])
