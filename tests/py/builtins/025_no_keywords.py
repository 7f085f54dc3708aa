# Keyword arguments where a built-in takes none.
cases = [
    lambda: abs(x=1),
    lambda: divmod(1, 2, z=3),
    lambda: next(iter([]), default=1),
    lambda: iter([], x=1),
    lambda: any([], x=1),
    lambda: hex(x=1),
    lambda: chr(i=65),
    lambda: format(1, format_spec='x'),
    lambda: callable(obj=1),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(repr(e))
