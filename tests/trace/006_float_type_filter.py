# The tutorials' float free-list demonstration, seen by type: the float
# freed by `del f` goes onto the free list and the next float made at run
# time comes from it (the same id); the list and the strs are not shown.
f = float("1.25")
first = id(f)
del f
g = float("2.5")
print(id(g) == first)
pair = [float("3"), float("4")]
del pair
