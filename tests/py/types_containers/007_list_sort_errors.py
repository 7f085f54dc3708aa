# list.sort's argument errors and comparison errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

check(lambda: [].sort(1))
check(lambda: [].sort(None, reverse=True))
check(lambda: [].sort(foo=1))
check(lambda: [].sort(reverse=1, foo=2))
check(lambda: [].sort(reverse=1.5))
check(lambda: [].sort(reverse='x'))
check(lambda: [].sort(reverse=2 ** 40))
check(lambda: [1, 'a'].sort())
check(lambda: [].sort(key=1))
check(lambda: [1, 2].sort(key=1))
l = [3, 'x', 1]
check(lambda: l.sort())
print(l)
