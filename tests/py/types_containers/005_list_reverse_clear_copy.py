# list.reverse, list.clear, list.copy and list.__reversed__ (all METH_NOARGS).
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

l = [1, 2, 3]
print(l.reverse(), l)
c = l.copy()
print(c, c == l, c is l)
c.append(0)
print(l, c)
it = l.__reversed__()
print(next(it), next(it), list(it))
print(l.clear(), l, c)
check(lambda: [].reverse(1))
check(lambda: [].clear(1))
check(lambda: [].copy(1))
check(lambda: [].copy(x=1))
check(lambda: [].__reversed__(1))
