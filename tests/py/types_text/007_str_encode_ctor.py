# str.encode, str.__format__ and the str constructor.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(repr(e))

print("abc".encode(), "é".encode(), "é".encode("latin-1"), "a".encode("ascii", "strict"), "é".encode(encoding="utf-8"))
print("abc".__format__(""), "abc".__format__(">5"), "abc".__format__(".2"))
print(repr(str()), str(5), str(1.5), str([1, "a"]), str(object="x"), str(b"ab"), str(None))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"a", errors="strict"), str(b"\xe9", encoding="latin-1"),
      repr(str(encoding="utf-8")))
show(lambda: "a".encode(1))
show(lambda: "a".encode("utf-8", 1))
show(lambda: "a".encode(None))
show(lambda: "a".encode(encodin="x"))
show(lambda: "a".encode("utf-8", "strict", 3))
show(lambda: "a".encode(encoding="utf-8", errors="strict", x=1))
show(lambda: "é".encode("ascii"))
show(lambda: "a".encode("xx"))
show(lambda: "a".__format__(1))
show(lambda: "a".__format__())
show(lambda: "a".__format__("d"))
show(lambda: str(1, "utf-8"))
show(lambda: str(b"a", 1))
show(lambda: str(b"a", errors=1))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str(1, 2, 3, 4))
show(lambda: str(x=1))
show(lambda: str("a", "utf-8"))
show(lambda: str(b"a", "nope"))
