# repr() of str on every kind: quote choice, escapes, printable and
# non-printable characters, runs of plain text between escapes.
for t in ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x1f\x7f\x80\xa0\xad\xff",
          "é€😀", "\u2028\u200b\ufeff\U000e0001", "\ud800", "'\"", "x" * 40 + "\x01"]:
    print(repr(t), ascii(t), [t], len(repr(t)))
print(repr("é" * 3), repr("€"), repr(["a", "b'c", "\n"]))
