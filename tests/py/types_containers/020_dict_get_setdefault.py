# dict.get and dict.setdefault.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get('a', 0))
print(d.setdefault('a', 5), d.setdefault('b', 2), d.setdefault('c'), d)
d.setdefault('l', []).append(1)
d.setdefault('l', []).append(2)
print(d)
check(lambda: {}.get())
check(lambda: {}.get(1, 2, 3))
check(lambda: {}.get(k=1))
check(lambda: {}.get([]))
check(lambda: {}.setdefault())
check(lambda: {}.setdefault(1, 2, 3))
check(lambda: {}.setdefault([]))
