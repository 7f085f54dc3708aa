# Who refers to whom: the picture objgraph draws, made from the gc module.
#
# The tutorial debugs memory leaks with the third-party objgraph package:
#     a = [1, 2, 3]; b = [4, 5, 6]; a.append(b); b.append(a)
#     objgraph.show_refs([a])      # draws a -> 1, 2, 3, b and b -> 4, 5, 6, a
# objgraph is built on two functions of the gc module, which this script
# uses directly (CPython has no objgraph unless it is installed with pip;
# glasspy has one built in -- docs/memory.md shows its picture):
#     gc.get_referents(x)   the objects x refers to (what show_refs follows)
#     gc.get_referrers(x)   the tracked objects that refer to x (show_backrefs)
import gc

a = [1, 2, 3]
b = [4, 5, 6]
a.append(b)
b.append(a)

names = {id(a): "a", id(b): "b"}


def label(obj):
    return names.get(id(obj), repr(obj))


# show_refs([a]) as text: a breadth-first walk over gc.get_referents, each
# object drawn once (the cycle a -> b -> a does not loop forever).  A list
# reports its items last to first: that is the order its tp_traverse slot
# visits them in.
def show_refs(root, max_depth=3):
    seen = {id(root)}
    queue = [(root, 0)]
    while queue:
        obj, depth = queue.pop(0)
        if depth == max_depth:
            continue
        for ref in gc.get_referents(obj):
            print(f"  {label(obj)} -> {label(ref)}")
            if id(ref) not in seen:
                seen.add(id(ref))
                queue.append((ref, depth + 1))


print("show_refs([a]):")
show_refs(a)

# The other direction.  get_referrers only finds *tracked* referrers, and the
# module's namespace is one of them (it holds the names a and b).
referrers = gc.get_referrers(a)
print("b refers to a:", any(r is b for r in referrers))
print("the module's globals refer to a:", any(r is globals() for r in referrers))

# Atomic objects are not tracked and do not refer to anything the collector
# needs to know about.
print("referents of an int:", gc.get_referents(42))


# The other half of the tutorial's advice: count objects by type, before and
# after, to see what is piling up (objgraph.count, objgraph.show_growth).
class Session:
    def __init__(self, name):
        self.name = name
        self.peer = None


def count(typename):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == typename)


gc.collect()
print("Session objects at the start:", count("Session"))


def leaky(n):
    # Each call makes a pair of sessions that refer to each other, and
    # forgets them: reference counting alone cannot free them.
    for i in range(n):
        s1 = Session(f"s{i}a")
        s2 = Session(f"s{i}b")
        s1.peer, s2.peer = s2, s1


gc.disable()
leaky(5)
print("after leaky(5), before a collection:", count("Session"))
print("gc.collect() finds", gc.collect(), "unreachable objects")
print("after the collection:", count("Session"))
gc.enable()
