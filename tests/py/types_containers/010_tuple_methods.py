# tuple.index and tuple.count.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))
print(t.count(1), t.count(4), (1, 1.0, True).count(1), ((),).count(()))
check(lambda: ().index(1))
check(lambda: (1, 2).index(1, 1))
check(lambda: ().index())
check(lambda: (1,).index(1, 'a'))
check(lambda: (1,).index(1, 0, None))
check(lambda: ().index(1, 2, 3, 4))
check(lambda: ().count())
check(lambda: ().count(1, 2))
check(lambda: ().count(x=1))
