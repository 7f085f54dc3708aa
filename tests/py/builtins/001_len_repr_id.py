# len, repr and id, and the checks every one-argument built-in makes.
print(len([1, 2, 3]), len((1,)), len({1: 2}), len("héllo"))
print(repr("a'b"), repr([1, "x"]), repr(None))
a = [1]
print(id(a) == id(a), id(a) == id([1]))
for f in (len, repr, id):
    try:
        f()
    except Exception as e:
        print(repr(e))
try:
    len(1, 2)
except Exception as e:
    print(repr(e))
try:
    len(x=1)
except Exception as e:
    print(repr(e))
try:
    len(5)
except Exception as e:
    print(repr(e))
