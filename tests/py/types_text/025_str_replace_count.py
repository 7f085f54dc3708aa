# str.replace with a count, on every kind: same-length replacements (done in
# place on a copy), growing and shrinking ones, and replacements that remove
# every wide character, so the result must narrow.
cases = [("aXbXcX", "X", "Y"), ("aXbXcX", "X", "€"), ("a€b€c", "€", "e"), ("a€b€c", "€", ""),
         ("😀a😀", "😀", "é"), ("😀a😀", "a", "€"), ("ééé", "é", "e"), ("ééé", "é", "😀"),
         ("abab", "ab", "€€"), ("abab", "ab", "xyz"), ("x", "x", "y"), ("x", "x", "€"), ("é", "é", "e"),
         ("aaaa", "aa", "b"), ("aaa", "", "-"), ("€€", "", "é"), ("", "", "x"), ("", "a", "b")]
for s, old, new in cases:
    results = [s.replace(old, new, n) for n in (-1, 0, 1, 2, 3)]
    print(repr(s), repr(old), repr(new), results, [r.__sizeof__() for r in results])
    print(" ", [s.find(old, a, b) for a, b in ((0, 100), (1, None), (-2, None), (2, 1), (0, -1))],
          [s.rfind(old, a, b) for a, b in ((0, 100), (1, None), (-2, None), (2, 1), (0, -1))],
          [s.count(old, a, b) for a, b in ((0, 100), (1, None), (-2, None), (2, 1), (0, -1))])
s = "ab" * 3 + "€"
print(s.replace("ab", "ab") == s, s.replace("b", "b", 1) == s, s.split("b", 1), s.rsplit("b", 2), s.split("€", 5))
