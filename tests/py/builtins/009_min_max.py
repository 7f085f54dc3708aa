# min and max: one iterable or several arguments, key= and default=.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max(3, 1, 2), max((1, 2), (1, 3)))
print(min([1, -5, 3], key=abs), max([1, -5, 3], key=abs), min(1, 2, key=None))
print(min([], default='empty'), max((), default=None), max([7], default=0))
# The first of equal items wins.
print(min([(1, 'a'), (1, 'b')], key=lambda p: p[0]), max([(1, 'a'), (1, 'b')], key=lambda p: p[0]))
print(max([1, 2.5, 2]), min([True, 0]))
for f in (min, max):
    try:
        f([])
    except Exception as e:
        print(repr(e))
    try:
        f()
    except Exception as e:
        print(repr(e))
    try:
        f(1)
    except Exception as e:
        print(repr(e))
    try:
        f(1, 2, default=3)
    except Exception as e:
        print(repr(e))
    try:
        f([1], foo=2)
    except Exception as e:
        print(repr(e))
    try:
        f([1], key=1)
    except Exception as e:
        print(repr(e))
    try:
        f(1, '2')
    except Exception as e:
        print(repr(e))
    try:
        f([1], key=None, default=1, x=2)
    except Exception as e:
        print(repr(e))
