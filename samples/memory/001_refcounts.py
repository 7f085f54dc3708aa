# Reference counting: every object carries a count of the references that
# point to it (ob_refcnt).  Binding a name, passing an argument, putting the
# object in a container each add one; unbinding takes one away; at zero the
# object is destroyed at once.
#
# sys.getrefcount(x) reports the count, but calling it passes x as an
# argument, which is one more reference: the number printed is always one
# higher than the references the program itself holds.
import sys

# The tutorial: "v = 0.3 makes a float with refcnt = 1".  We make the float at
# run time (float("0.3")) so that the code object's constants do not hold a
# reference of their own (see 002 for why that matters).
v = float("0.3")
print("v = float('0.3'):      ", sys.getrefcount(v), "(v, and getrefcount's argument)")

# "name = v: refcnt += 1".  Assignment copies a reference, not the float.
name = v
print("name = v:              ", sys.getrefcount(v), "(v, name, argument)")
print("same object:           ", name is v, id(name) == id(v))


# "fun(name): the parameter arg is one more reference while the call runs,
# and it is dropped when the call returns."  True: CPython 3.11 moves the
# argument into the callee's frame, so it is exactly +1 during the call.
def fun(arg):
    print("inside fun(name):      ", sys.getrefcount(arg), "(v, name, arg, argument)")


fun(name)
print("after fun returns:     ", sys.getrefcount(v), "(arg is gone)")

# Containers hold references too: each slot of a list, each dict value.
box = [v, v]
table = {"key": v}
print("in a list and a dict:  ", sys.getrefcount(v), "(v, name, 2 list slots, dict value, argument)")
del box, table
print("list and dict deleted: ", sys.getrefcount(v))

# "del name: refcnt -= 1".  del unbinds the name; it does not destroy the
# object while other references remain.
del name
print("del name:              ", sys.getrefcount(v))

# The GIL chapter's example: a = []; b = a; sys.getrefcount(a) is 3
# (a, b, and the argument).
a = []
b = a
print("a = []; b = a:         ", sys.getrefcount(a))


# "When the count drops to 0 the object is garbage and is reclaimed."  It is
# reclaimed immediately, at the statement that drops the last reference:
# __del__ shows the moment.
class Resource:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print(f"  __del__: {self.label} reclaimed")


r = Resource("first")
alias = r
print("del r (alias remains)")
del r
print("del alias (the last reference)")
del alias
print("after del alias")


# A local variable is a reference held by the function's frame: when the
# function returns, the frame goes and takes the reference with it.
def use_temporarily():
    local = Resource("local")
    print("  inside the function:", sys.getrefcount(local))
    print("  returning")


use_temporarily()
print("after the call")

# Rebinding a name: the new object is made first, then storing it into the
# name drops the reference to the old one, which dies there.
x = Resource("old value")
print("x = a new object")
x = Resource("new value")
print("end of the program")
