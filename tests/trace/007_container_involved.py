# Each refcount event of x names what the instruction works on: the list
# the call appends to, the dict STORE_SUBSCR stores into, the list an item
# is deleted from, the new list and tuple x is put in, the object whose
# attribute x becomes.
import sys


class Box:
    pass


x = object()
lst = []
lst.append(x)
d = {}
d["k"] = x
del lst[0]
pair = (x, 1)
again = [x, x]
box = Box()
box.item = x
del d["k"], pair, again, box
print(sys.getrefcount(x))
