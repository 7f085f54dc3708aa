# Reference cycles, and the collector that frees them.
#
# Reference counting alone cannot free a cycle: in the tutorial's example
# each list holds a reference to the other, so after `del a, b` both counts
# are still 1 and neither ever reaches zero.  CPython's cycle collector (the
# gc module) finds such groups: objects that are referenced only from inside
# the group are unreachable from the program, and are freed.
import gc
import sys

gc.disable()            # no automatic collection in the middle of the demo
gc.collect()            # start with no garbage left over from start-up

# The tutorial's cycle.
a = [1, 2]
b = [3, 4]
a.append(b)             # b: 1 -> 2
b.append(a)             # a: 1 -> 2
print("a's count:", sys.getrefcount(a) - 1, " b's count:", sys.getrefcount(b) - 1)
del a                   # a: 2 -> 1 (b[2] still refers to it)
del b                   # b: 2 -> 1 (the list that was a refers to it)
# Both lists are now unreachable, yet alive.  gc.collect() returns how many
# unreachable objects it found:
print("gc.collect() found", gc.collect(), "unreachable objects (the two lists)")
print("a second collection finds", gc.collect())


# The same with objects that say when they die.  (The collector will count
# two objects: CPython 3.11 keeps a plain instance's attributes in an array
# beside the object, and makes a separate __dict__ object only when asked.)
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print(f"  __del__ {self.name}")


x = Node("x")
y = Node("y")
x.other = y
y.other = x
print("del x, y")
del x, y                # nothing printed: the counts are not zero
print("gc.collect():")
found = gc.collect()
print("found", found, "unreachable objects")

# The seed's third tutorial presents a cycle whose objects have __del__ as
# a leak that is never freed.  That was Python 2 (and 3.3): since Python 3.4
# (PEP 442) such cycles are collected and each __del__ runs once, as above;
# gc.garbage stays empty.
print("gc.garbage:", gc.garbage)

# A cycle that is still reachable is left alone -- and the collection does
# not change any real reference count.  The tutorial says mark-and-sweep
# "subtracts 1 from each object's count"; the collector does its arithmetic
# on a copy (gc_refs), never on ob_refcnt.
ring = Node("ring")
ring.other = ring       # a cycle of one object
before = sys.getrefcount(ring)
print("collect with the cycle reachable:", gc.collect())
print("count unchanged by the collection:", sys.getrefcount(ring) == before)
del ring
print("collect after del ring:")
print("found", gc.collect())


# Breaking the cycle by hand makes reference counting enough again: no
# collector needed, the objects die at once.
p = Node("p")
q = Node("q")
p.other = q
q.other = p
p.other = None          # break the cycle
print("del p, q after breaking the cycle:")
del p, q
print("collect finds", gc.collect())

# A cycle does not have to be made of two objects: a list that contains
# itself is one.
selfish = []
selfish.append(selfish)
print(selfish)
del selfish
print("a self-containing list:", gc.collect(), "unreachable")
gc.enable()
