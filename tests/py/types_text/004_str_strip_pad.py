# strip family, replace, padding, zfill, expandtabs, removeprefix/suffix.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

print(repr("  a b  ".strip()), repr("xxaxx".strip("x")), repr("  a ".lstrip()), repr("  a ".rstrip()),
      repr("abca".lstrip("ab")), repr("abc".rstrip(None)))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "aaa".replace("a", "", -1))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)),
      repr("ab".center(1)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(tabsize=2)),
      repr("a\tb".expandtabs(-1)))
print("prefix-x".removeprefix("prefix-"), "x.py".removesuffix(".py"), "abc".removeprefix("z"))
show(lambda: "a".strip(1))
show(lambda: "a".strip("a", "b"))
show(lambda: "a".rstrip(chars="a"))
show(lambda: "a".replace("a"))
show(lambda: "a".replace("a", 1))
show(lambda: "a".replace(1, "a"))
show(lambda: "a".replace("a", "b", "c"))
show(lambda: "a".replace("a", "b", count=1))
show(lambda: "a".center())
show(lambda: "a".center(1, 2, 3))
show(lambda: "a".center("x"))
show(lambda: "a".center(2, "ab"))
show(lambda: "a".center(2, 1))
show(lambda: "a".center(2**70))
show(lambda: "a".ljust(x=1))
show(lambda: "a".zfill())
show(lambda: "a".zfill(1.5))
show(lambda: "a".expandtabs("x"))
show(lambda: "a".expandtabs(2**40))
show(lambda: "a".removeprefix(1))
show(lambda: "a".removesuffix(None))
