#!/usr/bin/env python3
"""Write tests/unit/runtime/number_cases.txt: int/float/bool/complex operations as CPython does them.

    gen_number_cases.py            # (re)write the data file
    gen_number_cases.py --check    # write nothing; exit 1 if the file is stale

runtime/int*.cpp, bool.cpp, float.cpp and complex.cpp are tested against these
cases by tests/unit/runtime/number_cases_test.cpp, which checks every one
exactly (floats bit for bit, the sign of zero included).  The operands are
chosen -- machine-word boundaries, 2**30 digit boundaries, huge values,
signed zeros, infinities, NaN -- and every expected result or error is what
python3 itself computes.  Random choices use a fixed seed.

File format, one case a line, tab-separated: op, then the operands, then the
expected result.

    op        a binary operator (+ - * // % divmod / ** << >> & | ^), a
              comparison (< <= == != > >=), a unary one (neg pos abs ~ bool),
              or hash, repr, int, float, round (1 or 2 operands), pow3
    operand   i:<hex int>  f:<float.hex() | inf | -inf | nan>  b:True|False
              c:<real>,<imag> (each as f:)
    result    a value as above (t:<value>;<value> for divmod's tuple),
              =<text> for repr, or !<ExceptionType>: <message>
'#' lines are comments.
"""

import argparse
import math
import operator
import os
import random
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "tests", "unit", "runtime", "number_cases.txt")
MAX_RESULT = 400  # longer results are skipped: they test nothing new and bloat the file


def fhex(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def enc(v):
    if isinstance(v, bool):
        return "b:" + str(v)
    if isinstance(v, int):
        return "i:" + hex(v)
    if isinstance(v, float):
        return "f:" + fhex(v)
    if isinstance(v, complex):
        return "c:" + fhex(v.real) + "," + fhex(v.imag)
    if isinstance(v, tuple):
        return "t:" + ";".join(enc(x) for x in v)
    raise TypeError(type(v))


BINARY = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "//": operator.floordiv,
    "%": operator.mod, "divmod": divmod, "/": operator.truediv, "**": operator.pow,
    "<<": operator.lshift, ">>": operator.rshift, "&": operator.and_, "|": operator.or_,
    "^": operator.xor,
    "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
    ">": operator.gt, ">=": operator.ge,
}
UNARY = {"neg": operator.neg, "pos": operator.pos, "abs": abs, "~": operator.invert, "bool": bool,
         "hash": hash, "int": int, "float": float}


def run(f, *args):
    try:
        r = f(*args)
    except Exception as e:  # noqa: BLE001 - the exception is the expected result
        return "!" + type(e).__name__ + ": " + str(e)
    return enc(r)


def ints(rng):
    base = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, 256, 257, -5, -6, 2**30 - 1, 2**30, -(2**30),
            2**31, 2**53, 2**53 + 1, -(2**53) - 1, 2**60 - 1, 2**60, -(2**60), 2**62, 2**63 - 1,
            2**63, -(2**63), -(2**63) - 1, 2**64, 2**64 - 1, 10**20, -(10**20), 2**100 + 12345,
            -(3**90), 10**300, 2**1023, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971,
            -(2**1024) + 2**970]
    base += [rng.getrandbits(rng.choice([8, 29, 31, 59, 61, 64, 90, 200, 700])) * rng.choice([1, -1])
             for _ in range(8)]
    return base


def floats(rng):
    base = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1.5, 7.25, -7.25, 0.1, 1e300, -1e300, 1e-300,
            5e-324, 2.0**53, 2.0**63, 1e16, 1e22, math.inf, -math.inf, math.nan, 123456.789, 2.675]
    base += [rng.uniform(-1e6, 1e6) for _ in range(2)]
    return base


def complexes():
    return [0j, 1j, -1j, 1 + 2j, -3.5 + 0.25j, complex(0.0, -0.0), complex(1e300, 1e300),
            complex(math.inf, 1), complex(math.nan, 0), 2 + 0j]


def cases():
    rng = random.Random(20240311)
    out = []
    I, F, C = ints(rng), floats(rng), complexes()
    small_i = [v for v in I if abs(v) < 2**70]
    bools = [True, False]
    # int op int: every pair among a selection, every operator.
    # A selection keeps the file small: all word-boundary values, a few huge.
    sel = [0, 1, -1, 2, -2, 3, 7, -7, 255, 256, -5, -6, 2**30 - 1, 2**30, -(2**30), 2**53 + 1,
           2**60 - 1, 2**60, -(2**60), 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, 10**20,
           2**100 + 12345, -(3**90), 10**300, 2**1024]
    sel += [v for v in I[-8:] if abs(v) < 2**300][:5]
    for op, f in BINARY.items():
        for a in sel:
            for b in sel:
                if op == "**":
                    if abs(b) > 300 or (abs(a) > 2**64 and abs(b) > 20):
                        continue
                if op == "<<" and b > 3000:
                    continue
                out.append((op, a, b, run(f, a, b)))
    # int/float mixes and float op float.
    mixed = small_i[:24] + [2**1024, -(2**1100), 2**53 + 1, 10**20]
    for op, f in BINARY.items():
        if op in ("<<", ">>", "&", "|", "^"):
            continue
        for a in F:
            for b in F + mixed[:12]:
                out.append((op, a, b, run(f, a, b)))
            for b in mixed:
                out.append((op, b, a, run(f, b, a)))
    # bools with bools and ints.
    for op, f in BINARY.items():
        for a in bools:
            for b in bools + [0, 1, 2, -1, 2.5]:
                out.append((op, a, b, run(f, a, b)))
    # complex with complex, float, int.
    for op in ("+", "-", "*", "/", "**", "==", "!=", "<", "%", "//"):
        f = BINARY[op]
        for a in C:
            for b in C + [0, 1, 2, -1, 2.5, 0.0, 2**1024, True]:
                if op == "**" and isinstance(b, int) and b > 100:
                    continue
                out.append((op, a, b, run(f, a, b)))
                out.append((op, b, a, run(f, b, a)))
    out.append(("**", 1 + 2j, 100000, run(operator.pow, 1 + 2j, 100000)))
    out.append(("**", -8.0, 1 / 3, run(operator.pow, -8.0, 1 / 3)))
    out.append(("**", -2, 0.5, run(operator.pow, -2, 0.5)))
    # unary operators, hash, conversions.
    for name, f in UNARY.items():
        for a in I + F + bools + C:
            if name in ("~",) and not isinstance(a, int):
                continue
            if name == "hash" and ((isinstance(a, float) and math.isnan(a)) or
                                   (isinstance(a, complex) and math.isnan(a.real))):
                continue
            if name in ("int", "float") and isinstance(a, complex):
                continue
            out.append((name, a, run(f, a)))
    # repr (decimal, below the digit limit).
    for a in I + F + bools + C + [10**4299, -(10**4299) + 1]:
        out.append(("repr", a, "=" + repr(a)))
    out.append(("repr", 10**4300, run(repr, 10**4300)))
    # round.
    for a in F + [0.125, 0.375, 2.5, -2.5, 3.5, 1234.5678, 1e15 + 0.5, 5e-324, 1.7976931348623157e308]:
        out.append(("round", a, run(round, a)))
        for n in [0, 1, 2, 3, -1, -2, 5, 17, 300, 400, -300, -400]:
            out.append(("round", a, n, run(round, a, n)))
    for a in I[:20]:
        for n in [-1, -2, 0, 3]:
            out.append(("round", a, n, run(round, a, n)))
    # three-argument pow.
    for a in [0, 1, 2, 3, -3, 5, 10**20 + 1, -(2**100), 12345678901234567890]:
        for b in [0, 1, 2, 5, 100, -1, -2, 2**70]:
            for m in [1, 2, 7, -7, 10**9 + 7, 2**64 + 13, -(10**30) - 9, 0]:
                out.append(("pow3", a, b, m, run(pow, a, b, m)))
    out.append(("pow3", 2.0, 3, 5, run(pow, 2.0, 3, 5)))
    return out


def render():
    lines = ["# Generated by tests/tools/gen_number_cases.py from CPython %d.%d.%d; do not edit." % sys.version_info[:3],
             "# op<TAB>operands...<TAB>result (see the script)"]
    for case in cases():
        op, *args, result = case
        if len(result) > MAX_RESULT and op != "repr":
            continue
        lines.append("\t".join([op] + [enc(a) for a in args] + [result]))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the data file is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        try:
            with open(OUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("%s is stale: run %s" % (OUT, os.path.relpath(__file__, ROOT)))
            return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (text.count("\n") - 2, os.path.relpath(OUT, ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
