# set.clear, set.copy and set.update(*iterables).
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

s = {1, 2}
c = s.copy()
c.add(3)
print(s, c, c is s)
print(s.update([3], (4,), {5: 'x'}, ['a']), len(s), 'a' in s, 5 in s)
s.update()
s.update(s)
print(len(s))
print(s.clear(), s, c)
check(lambda: set().update(1))
check(lambda: set().update([1], 2))
check(lambda: set().update(x=1))
check(lambda: set().copy(1))
check(lambda: set().clear(1))
