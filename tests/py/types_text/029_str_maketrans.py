# str.maketrans builds the dict str.translate reads: from one dict (str keys
# of length 1 become ordinals, int keys stay), or from two strings of equal
# length plus an optional third whose characters map to None.  It is a
# static method, so an instance works as well as the class.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: str.maketrans("abc", "xyz"))
show(lambda: str.maketrans("aé€😀", "😀€éa", "zé"))
show(lambda: "ignored".maketrans("ab", "ba", ""))
show(lambda: str.maketrans({"a": "A", 98: None, True: 7, "€": "euro", -1: 2.5}))
show(lambda: str.maketrans({}))
show(lambda: str.maketrans("", ""))
print(type(str.__dict__["maketrans"]).__name__, str.maketrans is "".maketrans)

class Key(str):
    pass

class Num(int):
    pass

print(str.maketrans({Key("k"): 1, Num(5): 2}), [type(k).__name__ for k in str.maketrans({Num(5): 2})])

# the errors, in the order CPython checks them
show(lambda: str.maketrans())
show(lambda: str.maketrans(1, 2, 3, 4))
show(lambda: str.maketrans(x={}))
show(lambda: str.maketrans("a", "b", z="c"))
show(lambda: str.maketrans("a", 1))
show(lambda: str.maketrans("a", "b", 1))
show(lambda: str.maketrans(1, "a"))
show(lambda: str.maketrans(["a"], "a"))
show(lambda: str.maketrans("ab", "a"))
show(lambda: str.maketrans("ab", "a", 5))
show(lambda: str.maketrans([("a", "b")]))
show(lambda: str.maketrans("abc"))

class Sub(dict):
    pass

show(lambda: str.maketrans(Sub(a="b")))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({"": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans({"a": 1, None: 2}))
