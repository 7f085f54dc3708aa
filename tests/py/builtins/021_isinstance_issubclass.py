# isinstance and issubclass, with (nested) tuples of classes.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (bool, int))))
print(isinstance([], object), isinstance(int, type), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)), issubclass(int, object))
print(issubclass(type, object), issubclass(int, (int, 1)), issubclass(zip, object))
cases = [
    lambda: issubclass(1, int),
    lambda: issubclass(int, 1),
    lambda: issubclass(int),
    lambda: issubclass(int, (str, 1)),
    lambda: issubclass(1, (int,)),
    lambda: isinstance(1, 1),
    lambda: isinstance(1, (str, 1)),
    lambda: isinstance(1),
    lambda: isinstance(1, int, x=1),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(repr(e))
