# set.add, set.discard, set.remove (with the frozenset retry for set keys) and set.pop.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

s = {1, 2}
print(s.add(3), s.add(1), s)
print(s.discard(2), s.discard(7), s)
print(s.remove(1), s)
s.add(frozenset([4]))
print(frozenset([4]) in s, s.__contains__({4}), s.__contains__(4))
s.remove({4})
print(s)
s.add(frozenset([5]))
s.discard({5})
print(s, s.pop(), s)
check(lambda: set().add())
check(lambda: set().add([]))
check(lambda: set().add(1, 2))
check(lambda: set().discard())
check(lambda: set().discard([]))
check(lambda: set().remove(1))
check(lambda: set().remove((1, 2)))
check(lambda: set().remove([]))
check(lambda: set().remove({1}))
check(lambda: set().pop())
check(lambda: set().pop(1))
check(lambda: set().__contains__([]))
