# Free lists: when a float, list, tuple or dict dies, CPython does not give
# its memory back to the allocator at once.  It keeps the dead object on its
# type's free list, and the next object of that type is made in the same
# memory -- faster than asking the allocator.  id() is the object's address,
# so a new object that reuses a dead one's memory gets the dead one's id.
# (Free list sizes in CPython 3.11: float 100, list 80, dict 80, tuple 2000
# for each length below 20; ints, strs and instances have none.)


def show(question, answer):
    print(f"{question + ':':53} {answer}")


# The tutorial's claim, with floats made at run time: the float freed by
# `del v1` is on the free list, and the next float takes its memory.
v1 = float("1.1")
old_id = id(v1)
del v1                          # refcount 0: onto the float free list
v2 = float("112233.4")          # a new float: taken from the free list
show("runtime floats: new float reuses the dead one's id", id(v2) == old_id)

# The tutorial's own code writes literals, and there it does not work:
# 1.1 is a constant of the compiled code object, which holds a reference to
# it, so `del v1` only unbinds the name and nothing is freed.  112233.4 is
# another constant, made at compile time: a different object.
v1 = 1.1
old_id = id(v1)
del v1
v112233 = 112233.4
show("literal floats: new float reuses the dead one's id", id(v112233) == old_id)
v1 = 1.1
show("and the literal 1.1 is still the same object", id(v1) == old_id)

# A float made by arithmetic is also made at run time.
a = v2 * 2
a_id = id(a)
del a
b = v2 / 3
show("arithmetic result reuses the freed float", id(b) == a_id)

# The list free list: the list object itself (its header) is reused.  Its
# array of item pointers is separate memory and is freed with the list.
first = [1, 2, 3]
first_id = id(first)
del first
second = ["a"]
show("a new list reuses the dead list's header", id(second) == first_id)

# Only an object whose count reached zero goes to the free list: while
# another reference exists, del frees nothing and the next list is new.
third = [4, 5]
keep = third
third_id = id(third)
del third
fourth = [6]
show("list still referenced elsewhere; new list reuses it", id(fourth) == third_id)

# Free lists are per type: a dead float's memory is not given to a list.
f = float("2.5")
f_id = id(f)
del f
lst = []
show("a list reuses a freed float's memory", id(lst) == f_id)
g = float("3.5")
show("but the next float does", id(g) == f_id)
