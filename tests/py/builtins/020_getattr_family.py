# getattr (with a default), hasattr, and the errors of setattr and delattr.
def f():
    pass
print(getattr(f, 'missing', 'default'), hasattr(f, 'missing'), getattr(1, 'x', None))
cases = [
    lambda: getattr(1),
    lambda: getattr(1, 2),
    lambda: getattr(1, 'x'),
    lambda: getattr(1, 2, 3),
    lambda: setattr(1, 'x'),
    lambda: setattr(1, 2, 3),
    lambda: setattr(1, 'x', 3),
    lambda: hasattr(1, 2),
    lambda: hasattr(1),
    lambda: delattr(1, 'x'),
    lambda: delattr(1, 2),
    lambda: delattr(f, 'tag'),
    lambda: getattr(f, 'x', default=1),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(repr(e))
