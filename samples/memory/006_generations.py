# Generations and thresholds.  The cycle collector only looks at container
# objects (lists, dicts, instances... anything that can refer to other
# objects), and it sorts them into three generations:
#   generation 0: new objects;
#   generation 1: objects that survived one collection;
#   generation 2: objects that survived two -- the long-lived ones.
# Most objects die young, so collecting generation 0 often and the older
# ones rarely finds most of the garbage for little work.
import gc

# "By default the younger generation is scanned 10 times for each scan of
# the next one."  The thresholds:
print("gc.get_threshold():", gc.get_threshold())
# threshold 0 = 700: generation 0 is collected when the number of container
# allocations minus deallocations since its last collection exceeds 700 (the
# tutorial does not say what triggers the youngest generation);
# threshold 1 = 10: generation 1 is collected after more than 10
# collections of generation 0; threshold 2 = 10: generation 2 after more than
# 10 of generation 1 -- and, not in the tutorial, only when the objects
# waiting to be examined for the first time in generation 2 are more than
# 25% of those already there, so that a big heap is not rescanned too often.

gc.disable()                    # drive the collections by hand for a while
gc.collect()                    # a full collection resets all the counts
print("after gc.collect():   ", gc.get_count())
# gc.get_count() is (allocations counted for generation 0, collections of
# generation 0 since generation 1's last one, collections of generation 1
# since generation 2's last one).
gc.collect(0)
print("after gc.collect(0):  ", gc.get_count())
gc.collect(0)
print("again gc.collect(0):  ", gc.get_count())
gc.collect(1)
print("after gc.collect(1):  ", gc.get_count())


# A survivor moves up one generation at each collection of its generation.
def generation_of(obj):
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation


survivor = []
print("a new list is in generation", generation_of(survivor))
gc.collect(0)
print("after collecting generation 0:", generation_of(survivor))
gc.collect(1)
print("after collecting generation 1:", generation_of(survivor))
gc.collect(0)
print("collecting a younger one leaves it in:", generation_of(survivor))

# "Only containers are tracked": objects that cannot refer to others can
# never be part of a cycle, so the collector never looks at them.
print("tracked? int", gc.is_tracked(1), " float", gc.is_tracked(1.5),
      " str", gc.is_tracked("s"), " list", gc.is_tracked([]))
# Dicts and tuples are containers, but CPython leaves them untracked while
# they hold only atomic values: an empty dict becomes tracked when a
# container is stored in it, and a tuple of atomic values is untracked by the
# first collection that sees it.
d = {"a": 1}
print("dict of ints:", gc.is_tracked(d), end="")
d["b"] = []
print(" -> after storing a list:", gc.is_tracked(d))
t = tuple([1, 2])
print("tuple of ints:", gc.is_tracked(t), end="")
gc.collect()
print(" -> after a collection:", gc.is_tracked(t))

# Automatic collections, watched through gc.callbacks: each collection calls
# the callbacks with "start" and "stop" and a dict of details.
starts = []


def watch(phase, info):
    if phase == "start":
        starts.append((info["generation"], gc.get_count()))


gc.callbacks.append(watch)
gc.enable()
gc.collect()
starts.clear()
keep = [[] for _ in range(1500)]        # 1500 new lists, all kept alive
print("collections while making 1500 lists (generation, count at start):")
for generation, count in starts:
    print("  ", generation, count)
# The first collection starts at count 701: more than 700.  The second
# shows generation 1's count at 1: one collection of generation 0 so far.

# With smaller thresholds the older generations come into play.  First make
# the old generation big (40000 objects), so that generation 2's 25% rule
# holds it back.
old = [[] for _ in range(40000)]
gc.collect()
gc.set_threshold(10, 2, 2)
starts.clear()
young = [[] for _ in range(300)]
pattern = "".join(str(generation) for generation, count in starts)
print("threshold (10, 2, 2), 300 new lists:", pattern)
# Generation 1 is collected at every third collection (more than 2 of
# generation 0 before it); generation 2 would be due after more than 2 of
# generation 1, but 300 survivors are far from 25% of 40000: not collected.
print("generation 2 collected:", "2" in pattern)
starts.clear()
more = [[] for _ in range(15000)]       # now more than 25% of the old ones
print("15000 more lists; generation 2 collected:", "2" in "".join(str(g) for g, c in starts))

gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
