# set.symmetric_difference_update: repeated items of the iterable count once.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

s = {1, 2, 3}
print(s.symmetric_difference_update([3, 4, 4]), s)
s.symmetric_difference_update({1, 5})
print(s)
s.symmetric_difference_update(s)
print(s)
check(lambda: set().symmetric_difference_update())
check(lambda: set().symmetric_difference_update(1))
check(lambda: set().symmetric_difference_update([[]]))
