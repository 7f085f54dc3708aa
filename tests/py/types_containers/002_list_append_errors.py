# The argument checks of append/extend/insert: METH_O and Argument Clinic messages.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

check(lambda: [].append())
check(lambda: [].append(1, 2))
check(lambda: [].append(x=1))
check(lambda: [].extend())
check(lambda: [].extend(1))
check(lambda: [].extend(x=[]))
check(lambda: [].insert(1))
check(lambda: [].insert(1, 2, 3))
check(lambda: [].insert(i=1, x=2))
check(lambda: [].insert(1.0, 2))
check(lambda: [].insert('a', 2))
check(lambda: [].insert(2 ** 100, 2))
