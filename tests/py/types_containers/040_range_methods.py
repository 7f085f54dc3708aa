# range.index and range.count.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(True), range(5, 0, -1).index(2))
print(range(10 ** 20).index(10 ** 19), range(10).count('a'))
check(lambda: range(3).index(5))
check(lambda: range(3).index())
check(lambda: range(3).index('a'))
check(lambda: range(3).index(1, 2))
check(lambda: range(3).count())
check(lambda: range(3).count(1, 2))
