# How a list grows.  A list object holds ob_size (its length), allocated (how
# many item slots its array has room for) and ob_item (the array of pointers
# to the items).  append() only needs a new array when ob_size would exceed
# allocated; then list_resize() over-allocates, so that a run of appends
# costs amortised O(1).  The tutorial's capacities: 0, 4, 8, 16, 24, 32, 40,
# 52, 64, 76...  CPython 3.11's formula for growing to n items:
#     new_allocated = (n + n // 8 + 6) & ~3      (rounded down to a multiple of 4)
#
# sys.getsizeof(list) is the list header plus 8 bytes per *allocated* slot,
# so the capacity can be read from it.
import sys

EMPTY = sys.getsizeof([])       # the header alone: 56 bytes on 64-bit CPython
print("sys.getsizeof([]):", EMPTY)


def capacity(lst):
    return (sys.getsizeof(lst) - EMPTY) // 8


# Append one item at a time and report every change of capacity.
items = []
seen = [capacity(items)]
for i in range(100):
    items.append(i)
    if capacity(items) != seen[-1]:
        seen.append(capacity(items))
print("capacities while appending 100 items:", seen)


# The same numbers from the formula: each growth happens when the list is
# full, so n = old capacity + 1.
def grown(allocated):
    n = allocated + 1
    return (n + (n >> 3) + 6) & ~3


formula = [0]
while formula[-1] < 100:
    formula.append(grown(formula[-1]))
print("the formula gives:                   ", formula)
print("the tutorial's list is right:", seen[:10] == [0, 4, 8, 16, 24, 32, 40, 52, 64, 76])

# The extra room is a real cost: at 77 items a list has room for 92.
lst = list(range(76))
lst.append(76)
print("77 items:", len(lst), "slots:", capacity(lst), "bytes:", sys.getsizeof(lst))

# Lists not built by append get just the room they need: a literal, or
# list() of something whose length is known.  (CPython 3.11 rounds that up
# to an even number of slots, so the 3-item literal has 4.)
print("[1, 2, 3] has", capacity([1, 2, 3]), "slots;",
      "list(range(10)) has", capacity(list(range(10))), "slots")

# Shrinking: pop() just lowers ob_size while the list stays at least half
# full ("the slot is simply overwritten by the next append").  Once it falls
# below half, the array is reallocated smaller.
shrink = []
for i in range(17):
    shrink.append(i)
trail = [(len(shrink), capacity(shrink))]
while shrink:
    shrink.pop()
    if capacity(shrink) != trail[-1][1]:
        trail.append((len(shrink), capacity(shrink)))
print("(length, capacity) where pop() shrank the array:", trail)

# clear() drops every item and the array at once.
items.clear()
print("after clear():", len(items), "items,", capacity(items), "slots")

# Ints are not lists: a bigger int is a bigger object (30-bit digits).
print("int sizes:", [sys.getsizeof(n) for n in (0, 1, 2**30 - 1, 2**30, 2**60, 2**90)])
