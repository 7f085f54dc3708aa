# list.pop and list.remove, with their IndexError/ValueError messages.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

l = [10, 20, 30, 40, 20]
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
print(l.remove(20), l)
check(lambda: [].pop())
check(lambda: [].pop(5))
check(lambda: [1].pop(5))
check(lambda: [1].pop(-2))
check(lambda: [1].pop(1.0))
check(lambda: [1].pop(1, 2))
check(lambda: [1].pop(index=0))
check(lambda: [1].pop(2 ** 70))
check(lambda: [].remove(1))
check(lambda: [1].remove())
check(lambda: [1, 2].remove(2, 3))
