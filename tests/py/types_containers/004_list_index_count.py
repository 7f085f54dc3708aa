# list.index with start/stop (slice indices) and list.count.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

l = [1, 2, 3, 1, 2, 3]
print(l.index(3), l.index(3, 3), l.index(1, -3), l.index(2, 0, 2))
print(l.index(3, -100, 100), l.index(1, 2 ** 100 * -1), l.index(3, 0, 2 ** 100))
print(l.count(1), l.count(4), [1, 1.0, True].count(1), [[1], [1]].count([1]))
check(lambda: [1].index(2))
check(lambda: ['a'].index('b'))
check(lambda: [1, 2].index(1, 1))
check(lambda: [1, 2].index(2, 0, 1))
check(lambda: [].index())
check(lambda: [].index(1, 2, 3, 4))
check(lambda: [1].index(1, 'a'))
check(lambda: [1].index(1, None))
check(lambda: [1].index(1, 0, None))
check(lambda: [1].index(1, 1.5))
check(lambda: [1].index(x=1))
check(lambda: [].count())
check(lambda: [].count(1, 2))
