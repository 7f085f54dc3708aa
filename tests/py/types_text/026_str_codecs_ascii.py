# decode/encode with the three built-in codecs: ASCII data takes a direct path,
# anything else the per-character one with its error handlers.
for b in [b"", b"abc", b"caf\xc3\xa9", b"\xff", b"a\x80b", b"\xe2\x82\xac"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "replace", "ignore"]:
            try:
                print(repr(b.decode(enc, err)), end=" ")
            except UnicodeDecodeError as e:
                print(type(e).__name__, end=" ")
    print()
for t in ["", "abc", "café", "€", "😀", "\udc80"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        try:
            print(t.encode(enc), t.encode(enc, "replace"), end=" ")
        except UnicodeEncodeError as e:
            print(type(e).__name__, end=" ")
    print()
print(str(b"abc", "utf-8"), str(b"caf\xc3\xa9", "utf-8").__sizeof__(), b"abc".decode().__sizeof__(), b"\xe9".decode("latin-1").__sizeof__())
