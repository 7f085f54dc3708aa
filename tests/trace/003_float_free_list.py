# The float free list: a float made at run time and freed goes onto the
# list; the next float made takes that memory back (same id).
f = float("1.25")
first = id(f)
del f
g = float("2.5")
print(id(g) == first)
