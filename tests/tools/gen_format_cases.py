#!/usr/bin/env python3
"""Write tests/unit/runtime/format_cases.txt: format(value, spec) as CPython says.

    gen_format_cases.py            # (re)write the data file
    gen_format_cases.py --check    # write nothing; exit 1 if the file is stale

runtime/format_spec.cpp (int/float/str __format__) is tested against these
cases by tests/unit/runtime/format_spec_test.cpp, which checks every one
exactly.  The cases are chosen, not hand-written results: each value is run
through python3's own format(), so the expected text or error is CPython's.
Random choices use a fixed seed, so the file only changes when this script
or the CPython version does.

File format, one case a line, four tab-separated fields:

    kind   i (int), f (float) or s (str)
    value  int: hexadecimal ('-0x1f'), so no digit limit applies while
           writing it; float: float.hex() or inf/-inf/nan/-nan; str: text
    spec   the format spec
    result '=' + the formatted text, or '!' + 'ExceptionType: message'

Text fields escape '\\' as '\\\\', tab, newline and CR as \\t \\n \\r, and every
code point that is not printable (str.isprintable) -- lone surrogates too --
as \\x{HEX}; printable non-ASCII is written as UTF-8.  '#' lines are comments.
"""

import argparse
import math
import os
import random
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "tests", "unit", "runtime", "format_cases.txt")
MAX_RESULT = 3000  # longer results are skipped: they test nothing new and bloat the file


def esc(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch.isprintable() and not ("\ud800" <= ch <= "\udfff"):
            out.append(ch)
        else:
            out.append("\\x{%X}" % ord(ch))
    return "".join(out)


def value_text(kind, value):
    if kind == "i":
        return hex(value)
    if kind == "f":
        if math.isnan(value):
            return "-nan" if math.copysign(1.0, value) < 0 else "nan"
        if math.isinf(value):
            return "-inf" if value < 0 else "inf"
        return value.hex()
    return esc(value)


def run(value, spec):
    """The case's result field, or None for a MemoryError (an absurd width:
    not worth a case, and glasspy's limit differs)."""
    try:
        return "=" + esc(format(value, spec))
    except MemoryError:
        return None
    except (ValueError, OverflowError, TypeError) as e:
        return "!%s: %s" % (type(e).__name__, esc(str(e)))


# ---- values -------------------------------------------------------------------

INTS = [0, 1, -1, 7, -7, 9, 10, 42, -42, 65, 97, 255, -255, 256, 999, 1000, -1000, 1234,
        -1234, 4095, 65535, 99999, 100000, 123456, -123456, 1234567, 0x10FFFF, 0x110000,
        0xD800, 0x1F600, 123456789, -987654321, 2**31 - 1, -2**31, 2**31, 2**32, 2**53,
        2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 6, 2**63 - 1, -2**63, 2**63, 2**64, -2**64,
        10**15, 10**16, 10**17 + 1, 10**20, -10**20, 12345678901234567890123, 2**100 + 2**47,
        2**100 + 2**48 - 1, 2**100 + 2**47 + 1]
BIG_INTS = [3**500, -(7**300), 2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024,
            -2**1024, 2**1023 + 2**970, (2**53 + 1) * 2**900, 2**200 - 1, 16**150 - 1,
            10**300 + 1, 2**997 * 3 - 1, int("9" * 400), -int("123456789" * 50)]

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 2.675, 1.005,
          0.05, 0.005, 0.015, 0.025, 99.995, 0.999, 9.999999, 9.5, 0.95, 0.1, 0.2, 0.3,
          1 / 3, 2 / 3, -2 / 3, 100.0, 1234.5, 12345.678, 123456789.123, 1234567.0,
          1e-5, 1e-4, 0.0001234, 0.00001234, 1e15, 1e16, 1e17, 9999999999999998.0,
          1e22, 1e23, 1e100, -1e100, 1.7976931348623157e308, -1.7976931348623157e308,
          2.2250738585072014e-308, 5e-324, -5e-324, 1e-310, 4.9406564584124654e-320,
          math.pi, -math.pi, math.e, 1e300, 123e-20, 0.1 + 0.2, 1.0000000000000002,
          0.9999999999999999, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**-1074 * 3,
          float("inf"), float("-inf"), float("nan"), -float("nan"),
          0.45, 0.55, 1.45, 2.345, 8.345, 1e-7, 5e-7, 9.5e-5, 99999.5, 999999.5,
          123456.0, 1e6, 1e7, 0.0005, 5.0]


def random_floats(rng, n):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.4:  # any double: random bits
            bits = rng.getrandbits(64)
            v = math.ldexp(1.0 + (bits & ((1 << 52) - 1)) / 2.0**52, rng.randint(-1074, 1023))
        elif r < 0.7:  # ordinary magnitudes
            v = rng.uniform(-1, 1) * 10.0 ** rng.randint(-12, 20)
        else:  # short decimals, many of them halfway cases at some precision
            v = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        if math.isfinite(v):
            out.append(v)
    return out


STRS = ["", "a", "abc", "hello world", "\u00e9t\u00e9", "\u65e5\u672c\u8a9e", "\U0001F600x",
        "a\tb", "\ud800", "x" * 25, "0123456789", " pad "]

# ---- specs --------------------------------------------------------------------

FILLS = ["", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0>", "0^", "0=", "\u00e9^",
         "1>", "\x00=", "\U0001F600=", "_>", ",<", ".>", "#^", " <", "}>", "\ud800>"]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "0", "1", "5", "8", "12", "20", "31", "\u0663", "\u0661\u0665"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".2", ".3", ".5", ".6", ".10", ".17", ".20", ".60"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
STR_TYPES = ["", "s"]
BAD_TYPES = ["s", "d", "x", "c", "r", "a", "z", "=", "\u00e9", "\x00", "\U0001F600", "\x7f"]


def random_spec(rng, types, zero_ok=True):
    parts = [rng.choice(FILLS), rng.choice(SIGNS) if rng.random() < 0.6 else ""]
    if rng.random() < 0.15:
        parts.append("z")
    if rng.random() < 0.3:
        parts.append("#")
    if zero_ok and rng.random() < 0.25:
        parts.append("0")
    parts.append(rng.choice(WIDTHS))
    parts.append(rng.choice(GROUPS) if rng.random() < 0.4 else "")
    parts.append(rng.choice(PRECS) if rng.random() < 0.5 else "")
    parts.append(rng.choice(types) if rng.random() < 0.95 else rng.choice(BAD_TYPES))
    return "".join(parts)


SOUP = "<>=^+- z#0123456789,_.bcdeEfFgGnosxX%"


def soup_spec(rng):
    return "".join(rng.choice(SOUP) for _ in range(rng.randint(1, 6)))


# Specs every kind must get right: each parser branch and error message.
FIXED_SPECS = [
    "", "abc", ".", "..", ".2.", "5.5.5", ",,", ",_", "_,", "__", ",.2", "_.3", ",d", "_x",
    "_b", "_o", "_X", ",x", ",b", ",c", "_c", ",n", "_n", ",s", "_s", ",%", "_%", ",e", "_g",
    "99999999999999999999", ".99999999999999999999", "9223372036854775807x",
    ".9223372036854775807", ".9223372036854775808", ".2147483648f", ".2147483648",
    ".2147483647d", "<<", "<<<", "=>5", "x<", "x<<", "<", ">", "=", "^", "0", "00", "010",
    "+0", " 08", "#0", "z0", "-z", "z+", "+z", "z", "#", "+", " ", "-", "+#", "z#", "#z",
    "\x00", "\u00e9", "\U0001F600", "\u0663", "\u0661\u0660", "\u0663.\u0662", ".\u0662",
    # non-ASCII digits; U+11F55 (Kawi, Unicode 15) is no digit to CPython 3.11
    "\u0967\u0966", "\uff15", "\u00b2", "\U00011F55", "\U00011F55d", "\U0001D7D8>3",
    "\t>5", "\n^7", "0=10,", "0=10_", "*=12,", "0<8",
    "0>8", "0^8", "010,", "012_", "+010,.2", "-08_", " 09,", "=+10", "=10", "^10", "<10",
    ">10", "=", "<0", "+c", "#c", "c", "5c", "<5c", "^5c", "=5c", "05c", "#x", "#X", "#o",
    "#b", "#010x", "#010_x", "#_b", "#,d", "#d", "#n", "n", ",", "_", ".0", ".1", ".0%",
    "#.0f", "#.0e", "#.0g", "#g", "#.3g", "#", "#10", "z.1f", "z.0f", "ze", "zg", "z%",
    "z.3", "#e", "#.0%", "+.3", " .3", ".3", ".12", ".17", ".20", "#.3", "#.5", ".0",
    "=+8.3", "0=+8.3e", "020,.3f", "020_.3f", "20,.3f", ">20,", "^20_", "<20,.2%", "+,",
    "+_", "+,.2", " ,.10", "s", ".3s", "10.3s", "<10.3s", ">10s", "^10s", "*^11.2s",
    "=5s", "+s", "#s", "zs", "05s", "05", ".0s", "", "d", "x", "e", "E", "f", "F", "g",
    "G", "%", "b", "o", "X", "r", "i", "u",
]


def collect():
    rng = random.Random(20240611)
    cases = []

    def add(kind, value, spec):
        result = run(value, spec)
        if result is not None and len(result) <= MAX_RESULT:
            cases.append((kind, value, spec, result))

    int_values = INTS + [rng.randint(-10**k, 10**k) for k in range(1, 40, 4)]
    float_values = FLOATS + random_floats(rng, 250)
    for v in INTS[::3] + BIG_INTS[:3]:
        for spec in FIXED_SPECS:
            add("i", v, spec)
    for v in FLOATS[::5]:
        for spec in FIXED_SPECS:
            add("f", v, spec)
    for v in STRS:
        for spec in FIXED_SPECS:
            add("s", v, spec)

    # Every type code with each flag alone and a few together, then random
    # combinations of everything.
    for v in int_values:
        for t in INT_TYPES:
            for mod in ["", "+", "#", "010", ",", "_", "#015_", "*^12"]:
                add("i", v, mod + t)
        for _ in range(25):
            add("i", v, random_spec(rng, INT_TYPES))
    for v in BIG_INTS:
        for t in INT_TYPES:
            add("i", v, t)
        for _ in range(8):
            add("i", v, random_spec(rng, INT_TYPES))
    for v in FLOATS:
        for t in FLOAT_TYPES:
            for mod in ["", "+", "#", "z", "010", ",", ".0", ".1", ".2", ".3", ".16", ".17",
                        "#.0", "+012,.3", "*^14.4"]:
                add("f", v, mod + t)
        for _ in range(20):
            add("f", v, random_spec(rng, FLOAT_TYPES))
    for v in float_values[len(FLOATS):]:
        for t in FLOAT_TYPES:
            add("f", v, t)
        for _ in range(12):
            add("f", v, random_spec(rng, FLOAT_TYPES))
    # Long expansions: all the exact digits of a double, and far past them.
    for v in [0.1, 5e-324, 1e300, 1.7976931348623157e308, 2.0**-1022, 1 / 3]:
        for spec in [".60f", ".100e", ".330f", ".800e", ".1100f", ".770g", "#.800g", ".1200",
                     ".200", ".1080f"]:
            add("f", v, spec)
    for v in STRS:
        for _ in range(60):
            add("s", v, random_spec(rng, STR_TYPES))
    for kind, values in (("i", INTS[:20]), ("f", FLOATS[:30]), ("s", STRS)):
        for v in values:
            for _ in range(25):
                add(kind, v, soup_spec(rng))
    # sys.int_info's digit limit: 4300 decimal digits pass, 4301 do not, in
    # base 10 only (with an explicit width too); hex of the same int is fine.
    for v in [10**4299, -(10**4299), 10**4300, -(10**4300) + 1]:
        for spec in ["", "d", "n", ">5", "x", "_b", "e", ".3f"]:
            add("i", v, spec)

    seen = set()
    unique = []
    for kind, value, spec, result in cases:
        key = (kind, value_text(kind, value), spec)
        if key not in seen:
            seen.add(key)
            unique.append((kind, value, spec, result))
    return unique


def render(cases):
    lines = ["# Generated by tests/tools/gen_format_cases.py from CPython %s; do not edit."
             % sys.version.split()[0],
             "# kind<TAB>value<TAB>spec<TAB>=result | !Exception: message (see the script)"]
    for kind, value, spec, result in cases:
        lines.append("\t".join([kind, value_text(kind, value), esc(spec), result]))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    text = render(collect())
    if args.check:
        try:
            with open(OUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("stale: " + os.path.relpath(OUT, ROOT))
            return 1
        return 0
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("%s: %d cases" % (os.path.relpath(OUT, ROOT), text.count("\n") - 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
