#!/usr/bin/env python3
"""A stand-in for the glasspy binary, built on CPython's own ast module.

It answers the command lines the test tools use, so the tools can be checked
without a working glasspy:

    fake_glasspy.py --dump-ast FILE          print(ast.dump(ast.parse(source)))
    fake_glasspy.py --parse-only FILE...     parse each file, print only errors
    fake_glasspy.py FILE                     run FILE (as python3 FILE would)

    tests/tools/dump_compare.py --glasspy tests/tools/fake_glasspy.py   # must say 100%
"""

import ast
import os
import sys
import warnings


def parse(path):
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read(), path)


def main(argv):
    warnings.simplefilter("ignore", SyntaxWarning)
    if argv[:1] == ["--dump-ast"] and len(argv) == 2:
        print(ast.dump(parse(argv[1])))
        return 0
    if argv[:1] == ["--parse-only"]:
        status = 0
        for path in argv[1:]:
            try:
                parse(path)
            except (SyntaxError, ValueError, UnicodeDecodeError) as e:
                print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
                status = 1
        return status
    if len(argv) == 1 and not argv[0].startswith("-"):
        os.execv(sys.executable, [sys.executable, argv[0]])
    print("usage: fake_glasspy.py --dump-ast FILE | --parse-only FILE... | FILE", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
