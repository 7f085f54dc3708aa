#!/usr/bin/env python3
"""Check that the Python snippets in Catch2 unit tests expect CPython's answers.

    unit_snippets_check.py tests/unit/gc/collector_test.cpp [more files]

A unit test that runs Python code (tests/unit/run_python.hpp) writes

    CHECK(run_python(R"py(
    ...snippet...
    )py") == R"(EXPECTED)");

where EXPECTED (possibly several adjacent R"(...)" literals) is repr(result)
after the snippet.  This tool saves each snippet as a file, runs it with
CPython (/usr/bin/python3 when it exists, else python3 on PATH) with
`print(repr(result))` appended, and reports every snippet whose expected
text is not what CPython prints.  So the numbers in a unit test stay
CPython's, never written by hand.  Exit status 0 when all agree.
"""

import os
import re
import subprocess
import sys
import tempfile

SNIPPET = re.compile(r'run_python\(R"py\((.*?)\)py"\)\s*==\s*((?:R"\(.*?\)"\s*)+)\)', re.S)
PIECE = re.compile(r'R"\((.*?)\)"', re.S)


def python3():
    return "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"


def check_file(path, interpreter, workdir):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    checked = bad = 0
    for m in SNIPPET.finditer(text):
        code, expected = m.group(1), "".join(PIECE.findall(m.group(2)))
        line = text.count("\n", 0, m.start()) + 1
        script = os.path.join(workdir, "snippet.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(code + "\nprint(repr(result))\n")
        run = subprocess.run([interpreter, script], capture_output=True, text=True, cwd=workdir, timeout=60)
        got = run.stdout.rstrip("\n")
        checked += 1
        if run.returncode != 0 or got != expected:
            bad += 1
            print(f"{path}:{line}: CPython prints {got!r}, the test expects {expected!r}")
            if run.stderr:
                print(run.stderr.rstrip())
    return checked, bad


def main(argv):
    if not argv:
        print(__doc__.strip())
        return 2
    interpreter = python3()
    checked = bad = 0
    with tempfile.TemporaryDirectory() as workdir:
        for path in argv:
            c, b = check_file(path, interpreter, workdir)
            checked += c
            bad += b
    print(f"unit_snippets_check: {checked} snippets, {bad} differ from CPython")
    return 1 if bad or not checked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
