# any and all stop at the first item that decides.
print(any([]), all([]), any([0, '', 1]), all([1, 'a', 0]), any((None,)), all((1, 2)))
calls = [0]
def check(x):
    calls[0] += 1
    return x
print(any(map(check, [0, 0, 1, 0, 1])), calls)
calls = [0]
print(all(map(check, [1, 1, 0, 1])), calls)
for f in (any, all):
    try:
        f(1)
    except Exception as e:
        print(repr(e))
    try:
        f()
    except Exception as e:
        print(repr(e))
