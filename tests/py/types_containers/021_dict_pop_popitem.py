# dict.pop and dict.popitem (LIFO), and their KeyErrors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('z', None), d.pop('z', 0), d)
d['d'] = 4
print(d.popitem(), d.popitem(), d)
check(lambda: {}.pop('a'))
check(lambda: {1: 2}.pop('a'))
check(lambda: {}.pop((1, 2)))
check(lambda: {1: 2}.pop((1, 2)))
check(lambda: {}.pop([]))
check(lambda: {1: 2}.pop([]))
check(lambda: {}.pop())
check(lambda: {}.pop(1, 2, 3))
check(lambda: {}.popitem())
check(lambda: {}.popitem(1))
