# bytes and bytearray: the ASCII text methods (tests, case, padding,
# partition, prefixes, lines, tabs, translate), with CPython's errors.
samples = [b"", b"abc", b"ABC", b"Abc Def", b"abc1", b"123", b" \t\n", b"hello world", b"\xe9t\xe9",
           b"Hello World", b"hELLO wORLD", b"-42", b"+7", b"a\tb\tc", b"l1\nl2\r\nl3\rl4", b"x\n", b"They're bill's"]
tests = ["isalnum", "isalpha", "isdigit", "isspace", "isascii", "islower", "isupper", "istitle"]
changes = ["capitalize", "swapcase", "title", "splitlines", "expandtabs"]
for kind in (bytes, bytearray):
    for s in samples:
        v = kind(s)
        print(repr(v), [getattr(v, t)() for t in tests], [getattr(v, c)() for c in changes])
        print("  ", v.ljust(12, b"*"), v.rjust(12), v.center(13, b"."), v.center(12), v.zfill(8), v.ljust(2))
        print("  ", v.partition(b"l"), v.rpartition(b"l"), v.removeprefix(b"he"), v.removesuffix(b"ld"))
        print("  ", v.splitlines(True), v.expandtabs(4), v.expandtabs(tabsize=0))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), bytearray(b"abcd").translate(table, b"d"), b"abc".translate(None, b"b"))
s = b"same"
print(s.ljust(2) is s, s.removeprefix(b"x") is s, s.partition(b"z")[0] is s, s.translate(None) is s, s.zfill(1) is s)
for call in ['b"ab".ljust(5, "x")', 'b"ab".ljust(5, b"xy")', 'b"ab".ljust()', 'b"ab".partition(b"")', 'b"a".translate(b"x")',
             'bytes.maketrans(b"a", b"bc")', 'b"ab".removeprefix("a")', 'b"ab".zfill("a")', 'b"ab".ljust(5, fillchar=b"x")',
             'b"x".splitlines(True, 1)', 'b"x".expandtabs(tabsize="a")', 'b"x".partition("a")', 'bytearray(b"ab").ljust(5,"x")',
             'b"x".isalpha(1)', 'bytearray(b"x").title(1)', 'b"abc".center(7, bytearray(b"-"))']:
    try:
        print(repr(eval(call)))
    except Exception as e:
        print(type(e).__name__, e)
for call in ['b"ab".center(1,2,3)','b"ab".zfill()','b"ab".partition()','b"ab".rpartition(1,2)','b"ab".removeprefix()',
             'bytes.maketrans(b"a")','bytearray(b"a").zfill()', 'b"a".zfill(w=1)', 'b"a".partition(sep=b"a")', 'b"a".maketrans(b"a", b"b")[97:98]']:
    try:
        print(repr(eval(call)))
    except Exception as e:
        print(type(e).__name__, e)
