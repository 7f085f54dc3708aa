# dict.keys/values/items (lists in glasspy for now: only list-like use here),
# dict.copy and dict.clear.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

d = {'x': 1, 'y': 2}
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(len(d.keys()), 'x' in d.keys(), 2 in d.values(), ('y', 2) in d.items())
c = d.copy()
c['z'] = 3
print(d, c, c is d)
print(d.clear(), d, c)
check(lambda: {}.keys(1))
check(lambda: {}.values(1))
check(lambda: {}.items(1))
check(lambda: {}.copy(1))
check(lambda: {}.clear(1))
