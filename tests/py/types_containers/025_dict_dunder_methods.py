# dict.__contains__, dict.__getitem__ and their errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

d = {'a': 1}
print(d.__contains__('a'), d.__contains__('b'), d.__getitem__('a'))
check(lambda: d.__getitem__('b'))
check(lambda: d.__contains__([]))
check(lambda: d.__contains__())
