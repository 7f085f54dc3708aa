# str.translate(table) asks table[ord(c)] for every character: an int is the
# replacement's ordinal, a str is inserted, None deletes, and a LookupError
# (KeyError, IndexError) leaves the character as it is.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

table = str.maketrans("abc", "xyz", "d")
for s in ["", "abcd", "dddd", "aXbYcZd", "ä€😀abc", "daé", "a" * 300]:
    r = s.translate(table)
    print(repr(r[:20]), len(r))
print("hello".translate({ord("l"): "LL", ord("o"): ""}))
print("hello".translate({ord("h"): "€", ord("o"): "😀"}), "héllo".translate({ord("é"): "e"}))
print("abc".translate({97: 0x1F600, 98: 0xE9, 99: 0}))
print("abc".translate({97: True, 98: False}) == "\x01\x00c")
print("abc".translate(["x"] * 98), "abc".translate("0123456789" * 10))

# the result is always a new exact str, never a subclass or self
class S(str):
    pass

s = "abc"
print(s.translate({}) is s, type(S("ab").translate({})).__name__, type(S("").translate({})).__name__)

# errors from the table's values and from its __getitem__
show(lambda: "abc".translate({97: -1}))
show(lambda: "abc".translate({97: 0x110000}))
show(lambda: "abc".translate({97: 2 ** 80}))
show(lambda: "abc".translate({97: -2 ** 80}))
show(lambda: "abc".translate({98: 1.5}))
show(lambda: "abc".translate({99: b"c"}))
show(lambda: "é".translate({233: []}))
show(lambda: "abc".translate(5))
show(lambda: "abc".translate(None))
show(lambda: "".translate(5))
show(lambda: "abc".translate())
show(lambda: "abc".translate({}, {}))
show(lambda: "abc".translate(table={}))

class Broken:
    def __getitem__(self, key):
        raise ZeroDivisionError("from __getitem__")

show(lambda: "abc".translate(Broken()))
