# dict.update(other, **kwargs): a dict, pairs, or keywords.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

d = {'a': 1}
print(d.update({'b': 2}), d)
d.update([('c', 3), ['d', 4]])
print(d)
d.update(e=5, a=0)
print(d)
d.update({'f': 6}, g=7)
print(d)
d.update()
d.update(d)
print(d)
d.update([('x', 'y')])
print(d)
check(lambda: {}.update(1))
check(lambda: {}.update(1, 2))
check(lambda: {}.update([1]))
check(lambda: {}.update([(1, 2, 3)]))
check(lambda: {}.update([([], 1)]))
