#!/usr/bin/env python3
"""Writes tests/unit/runtime/str_cases.txt: what CPython 3.11 returns for str
and bytes methods, for glasspy's str_test.cpp / bytes_test.cpp to compare with.

Each line is a JSON array [method, args, expected] where expected is
{"ok": value} or {"err": [exception type name, message]}.  Values: JSON
strings are str (ensure_ascii, so lone surrogates survive as \\udxxx), ints,
true/false/null; arrays are tuples (or, in results, lists or tuples);
{"bytes": hex}, {"bytearray": hex}, {"list": [...]}, {"dict": [[k, v]...]},
{"float": repr} and {"int": decimal} (beyond 64 bits) stand for those types.

The per-code-point tables (char_ranges lines) give, for each predicate, the
ranges of code points where it holds, and for each case mapping the code
points it changes; "unassigned" lists what Python's Unicode database
(14.0 in 3.11) does not know, which the test skips because ICU may be newer.

Run:  python3 tests/tools/gen_str_cases.py > tests/unit/runtime/str_cases.txt
"""
import json
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

SAMPLES = [
    "", "a", "abc", "Hello World", "  hello  world  ", "a,b,,c,", ",a,", "\t x \n y \r\n z ",
    "café", "ÀÉÎõü ÿ", "naïve résumé", "€uro", "ab€cd€", "日本語 テキスト", "Ünïcödé",
    "😀 smile 😀", "a😀b😀c", "mixé€😀", "ß", "straße", "ŉ", "ﬁﬂ", "ǅǆǄ", "ΟΔΟΣ", "ΌΣΟΣ ΣΑΣ", "Σ",
    "aΣ", "aΣ.", "İstanbul", "ıi", "ǰ", "ΐ", "հեւ", "\x1c\x1d\x1e\x1fa\x85b\u3000c\u2028d",
    "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x85line8\u2028end",
    "\n\n", "a\n", "\r\n\r", "tab\there\tand\tthere", "12\t345\t6789\n\tx", "0042", "-42", "+7",
    "½²³", "١٢٣", "Ⅻ", "一二三", "x_1", "_private", "1abc", "class", "éclair", "𝔘𝔫𝔦",
    "hello world this is a test", "The Quick BROWN fox", "they're bill's friends", "o'neil-smith",
    "\u00a0nbsp\u00a0", "\u2000\u200a\u200b", "\ud800", "a\udcffb",
]
SEPS = [None, ",", " ", "ab", "€", "😀", "\n", "xyz", "Σ"]


def enc(v, arg=False):
    if isinstance(v, bytearray):
        return {"bytearray": v.hex()}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, tuple):
        return [enc(x, arg) for x in v]
    if isinstance(v, list):
        return {"list": [enc(x, arg) for x in v]} if arg else [enc(x) for x in v]
    if isinstance(v, dict):
        return {"dict": [[k, enc(x, arg)] for k, x in v.items()]}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, int) and not isinstance(v, bool) and not -2**63 <= v < 2**63:
        return {"int": str(v)}
    return v


def case(method, args, fn):
    try:
        out = {"ok": enc(fn())}
    except Exception as e:  # noqa: BLE001 - every exception is a case
        out = {"err": [type(e).__name__, str(e)]}
    print(json.dumps([method, [enc(a, True) for a in args], out], ensure_ascii=True))


def str_cases():
    for s in SAMPLES:
        for m in ("upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit",
                  "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower",
                  "istitle", "isidentifier", "isprintable", "isascii", "splitlines", "strip",
                  "lstrip", "rstrip", "expandtabs", "repr"):
            f = repr if m == "repr" else getattr(str, m)
            case(m, [s], lambda: f(s))
        case("splitlines", [s, True], lambda: s.splitlines(True))
        for tab in (0, 1, 4):
            case("expandtabs", [s, tab], lambda: s.expandtabs(tab))
        for sep in SEPS:
            for maxsplit in (-1, 1, 2):
                case("split", [s, sep, maxsplit], lambda: s.split(sep, maxsplit))
                case("rsplit", [s, sep, maxsplit], lambda: s.rsplit(sep, maxsplit))
            if sep is not None:
                for m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
                    f = getattr(str, m)
                    case(m, [s, sep], lambda: f(s, sep))
                    for start, end in ((1, None), (-3, None), (2, 5), (-100, 100)):
                        if end is None:
                            case(m, [s, sep, start], lambda: f(s, sep, start))
                        else:
                            case(m, [s, sep, start, end], lambda: f(s, sep, start, end))
                case("partition", [s, sep], lambda: s.partition(sep))
                case("rpartition", [s, sep], lambda: s.rpartition(sep))
                for count in (-1, 0, 1, 2):
                    case("replace", [s, sep, "<>", count], lambda: s.replace(sep, "<>", count))
                case("strip", [s, sep], lambda: s.strip(sep))
                case("lstrip", [s, sep], lambda: s.lstrip(sep))
                case("rstrip", [s, sep], lambda: s.rstrip(sep))
        for sub in ("", "a", "é"):
            for m in ("find", "rfind", "count", "startswith", "endswith"):
                f = getattr(str, m)
                for start in (0, 1, 3, len(s), len(s) + 1):
                    case(m, [s, sub, start], lambda: f(s, sub, start))
        case("replace", [s, "", "-", -1], lambda: s.replace("", "-"))
        case("replace", [s, "", "-", 2], lambda: s.replace("", "-", 2))
        case("startswith", [s, ("x", "a", "H")], lambda: s.startswith(("x", "a", "H")))
        case("endswith", [s, ("x", "c", "😀")], lambda: s.endswith(("x", "c", "😀")))
        for width in (0, 10, 11):
            for fill in (None, "*", "😀"):
                for m in ("center", "ljust", "rjust"):
                    f = getattr(str, m)
                    if fill is None:
                        case(m, [s, width], lambda: f(s, width))
                    else:
                        case(m, [s, width, fill], lambda: f(s, width, fill))
            case("zfill", [s, width], lambda: s.zfill(width))
        for encoding in ("utf-8", "ascii", "latin-1"):
            for errors in ("strict", "replace", "backslashreplace", "xmlcharrefreplace"):
                case("encode", [s, encoding, errors], lambda: s.encode(encoding, errors))
    # Errors and odd arguments.
    case("split", ["abc", ""], lambda: "abc".split(""))
    case("split", ["abc", 1], lambda: "abc".split(1))
    case("strip", ["abc", 1], lambda: "abc".strip(1))
    case("find", ["abc", 1], lambda: "abc".find(1))
    case("replace", ["abc", 1, "x"], lambda: "abc".replace(1, "x"))
    case("replace", ["abc", "x", 1], lambda: "abc".replace("x", 1))
    case("startswith", ["abc", 1], lambda: "abc".startswith(1))
    case("startswith", ["abc", ("b", 1)], lambda: "abc".startswith(("b", 1)))
    case("endswith", ["abc", ("b", 1)], lambda: "abc".endswith(("b", 1)))
    case("center", ["abc", 9, "ab"], lambda: "abc".center(9, "ab"))
    case("center", ["abc", 9, 1], lambda: "abc".center(9, 1))
    case("partition", ["abc", ""], lambda: "abc".partition(""))
    case("index", ["abc", "z"], lambda: "abc".index("z"))
    case("join", [",", ["a", "b", "c"]], lambda: ",".join(["a", "b", "c"]))
    case("join", ["€", ["a", "😀", ""]], lambda: "€".join(["a", "😀", ""]))
    case("join", [",", []], lambda: ",".join([]))
    case("join", [",", ["a", 1]], lambda: ",".join(["a", 1]))
    case("join", [",", 5], lambda: ",".join(5))


def percent_cases():
    formats = [
        ("%s", "x"), ("%s", 42), ("%r", "x"), ("%a", "é😀"), ("%d", 42), ("%d", -42), ("%i", 7),
        ("%d", 3.99), ("%d", True), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 42),
        ("% d", 42), ("%+05d", 42), ("%.3d", 7), ("%8.3d", -7), ("%x", 255), ("%X", 255),
        ("%#x", 255), ("%#X", 255), ("%#o", 8), ("%o", 8), ("%#010x", 255), ("%#-10x|", 255),
        ("%x", -255), ("%#x", -255), ("%f", 3.14159), ("%.2f", 3.14159), ("%10.3f", -3.14159),
        ("%-10.1f|", 2.5), ("%010.2f", -2.5), ("%+.1f", 2.0), ("%e", 12345.678), ("%E", 0.00012),
        ("%g", 0.00001234), ("%g", 123456789.0), ("%G", 1e-10), ("%#g", 1.0), ("%.0f", 0.5),
        ("%.0f", 1.5), ("%f", float("inf")), ("%F", float("nan")), ("%5s|", "ab"), ("%-5s|", "ab"),
        ("%.2s", "abcdef"), ("%5.1s|", "xyz"), ("%c", "x"), ("%c", 233), ("%c", 128512), ("%5c|", 65),
        ("%c", "xy"), ("%c", 0x110000), ("%%", ()), ("100%% %s", "done"), ("%s %s", ("a", "b")),
        ("%s", ("a", "b")), ("%s %s", ("a",)), ("%s", ()), ("%d", "x"), ("%x", 2.5), ("%f", "x"),
        ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)),
        ("%(a)s-%(b)d", {"a": "x", "b": 2}), ("%(a)s", {"b": 1}), ("%(a)s", ("x",)), ("%z", 1),
        ("%", ()), ("abc%", ()), ("%(a", {"a": 1}), ("%ld", 5), ("%s", None), ("%r", [1, "a"]),
        ("%d", 2**70), ("%x", 2**70), ("%s", 1.5), ("%r", 1e100), ("%.3s|%5r", ("abcdef", "q")),
        ("é%s€", "😀"), ("%5%", ()), ("%d%%", 50), ("%s", {"a": 1}), ("%d", 1e300),
        ("%i%%%s", (1, "x")), ("%.10g", 1 / 3), ("%#.3o", 8), ("%08.3f", 3.14159), ("%-+8.2e|", 12.5),
    ]
    for fmt, args in formats:
        case("percent", [fmt, args], lambda: fmt % args)


def bytes_cases():
    samples = [b"", b"a", b"abc", b"  hello  world  ", b"a,b,,c,", b"\x00\xff\x80", b"Hello World",
               b"\t x \n y \x0b\x0c z", b"it's", b'say "hi"', b"both ' and \"", b"\\"]
    for b in samples:
        case("bytes_repr", [b], lambda: repr(b))
        case("bytearray_repr", [b], lambda: repr(bytearray(b)))
        for m in ("upper", "lower", "strip", "lstrip", "rstrip", "hex"):
            f = getattr(bytes, m)
            case("bytes_" + m, [b], lambda: f(b))
        for sep in (None, b",", b" ", b"ab"):
            for maxsplit in (-1, 0, 1):
                case("bytes_split", [b, sep, maxsplit], lambda: b.split(sep, maxsplit))
                case("bytes_rsplit", [b, sep, maxsplit], lambda: b.rsplit(sep, maxsplit))
        for sub in (b"", b"a", b"l", b"o w"):
            for m in ("find", "rfind", "count", "startswith", "endswith"):
                f = getattr(bytes, m)
                case("bytes_" + m, [b, sub], lambda: f(b, sub))
                case("bytes_" + m, [b, sub, 1], lambda: f(b, sub, 1))
                case("bytes_" + m, [b, sub, -3, -1], lambda: f(b, sub, -3, -1))
            case("bytes_replace", [b, sub, b"<>"], lambda: b.replace(sub, b"<>"))
            case("bytes_strip", [b, sub], lambda: b.strip(sub))
        case("bytes_hex", [b, ":"], lambda: b.hex(":"))
        case("bytes_hex", [b, "-", 2], lambda: b.hex("-", 2))
        case("bytes_hex", [b, "-", -2], lambda: b.hex("-", -2))
        for encoding in ("utf-8", "ascii", "latin-1"):
            for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
                case("bytes_decode", [b, encoding, errors], lambda: b.decode(encoding, errors))
    bad = [b"\xff", b"a\x80b", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xe2(\xa1",
           b"\xf0\x9f\x98", b"\xf0\x9f(", b"\xf0(\x8c\xbc", b"\xed\xa0\x80", b"\xe0\x80\x80",
           b"\xf4\x90\x80\x80", b"\xf5", b"\xc0\xaf", b"ok\xf0\x9f\x98\x80\xff", b"\xe9t\xe9"]
    for b in bad:
        for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                       "surrogatepass"):
            case("bytes_decode", [b, "utf-8", errors], lambda: b.decode("utf-8", errors))
        case("bytes_decode", [b, "ascii", "strict"], lambda: b.decode("ascii"))
        case("bytes_decode", [b, "latin-1", "strict"], lambda: b.decode("latin-1"))
    for h in ("", "00ff", "de ad be ef", " 0a", "0", "zz", "1 2", "AbCd"):
        case("bytes_fromhex", [h], lambda: bytes.fromhex(h))
    case("bytes_join", [b",", [b"a", b"b", bytearray(b"c")]], lambda: b",".join([b"a", b"b", bytearray(b"c")]))
    case("bytes_join", [b",", [b"a", "b"]], lambda: b",".join([b"a", "b"]))
    case("encode", ["a\udfff\ud800b", "utf-8", "strict"], lambda: "a\udfff\ud800b".encode())
    case("encode", ["a\ud800b", "utf-8", "surrogatepass"], lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
    case("encode", ["a\udcffb", "ascii", "surrogateescape"], lambda: "a\udcffb".encode("ascii", "surrogateescape"))
    case("encode", ["abc", "nope", "strict"], lambda: "abc".encode("nope"))
    case("encode", ["abc", "UTF_8", "strict"], lambda: "abc".encode("UTF_8"))
    case("encode", ["é", "ascii", "bogus"], lambda: "é".encode("ascii", "bogus"))


def ranges(pred):
    out, start = [], None
    for c in range(0x110000):
        if pred(c):
            if start is None:
                start = c
        elif start is not None:
            out.append([start, c - 1])
            start = None
    if start is not None:
        out.append([start, 0x10FFFF])
    return out


def char_tables():
    unassigned = ranges(lambda c: unicodedata.category(chr(c)) == "Cn")
    print(json.dumps(["char_ranges", "unassigned", unassigned]))
    for m in ("isspace", "isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isupper",
              "islower", "istitle", "isprintable", "isidentifier"):
        f = getattr(str, m)
        print(json.dumps(["char_ranges", m, ranges(lambda c: f(chr(c)))]))
    for m in ("upper", "lower", "title", "casefold", "swapcase", "capitalize"):
        f = getattr(str, m)
        changed = []
        for c in range(0x110000):
            r = f(chr(c))
            if r != chr(c):
                changed.append([c, r])
        print(json.dumps(["char_map", m, changed], ensure_ascii=True))


str_cases()
percent_cases()
bytes_cases()
char_tables()
