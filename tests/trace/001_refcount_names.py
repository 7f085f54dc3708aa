# The tutorials' first refcount lesson: names bound to one list, counted
# up by assignment and down by del; the count printed by sys.getrefcount
# (one more, for its argument) agrees with the trace.
import sys

a = [1, 2]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del a
print(sys.getrefcount(b))
del b
