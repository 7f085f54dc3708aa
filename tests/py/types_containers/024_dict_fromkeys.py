# fromkeys through an instance (dict.fromkeys needs attribute lookup on types).
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

d = {'ignored': 0}
print(d.fromkeys(('a', 'b', 'c')), d.fromkeys([1, 2], 0), d)
print({}.fromkeys([]), {}.fromkeys((1, 1, 2), []))
check(lambda: {}.fromkeys())
check(lambda: {}.fromkeys(1))
check(lambda: {}.fromkeys(1, 2, 3))
check(lambda: {}.fromkeys([[]]))
