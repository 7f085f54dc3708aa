#!/usr/bin/env python3
"""Run script tests with glasspy and compare their output with the .expected files.

    run_py_tests.py [--glasspy build/glasspy] FOLDER_OR_FILE...
    run_py_tests.py tests/syntax                       # every tests/syntax/NNN_*.py
    run_py_tests.py tests/py/gc/003_cycles.py          # one test, diff shown
    run_py_tests.py --list-failures tests/py

A test is NNN_name.py with NNN_name.expected beside it (made by python3 through
tests/tools/regen_expected.py, never by hand).  How the script is run, how the
output is normalised, and the format of the .expected file (the output, then
an "[exit N]" line when the exit status is not 0) are described in
tests/tools/script_run.py.  A test passes when glasspy's output, treated the
same way, is byte for byte the .expected file.

A folder without tests is not an error: the run says it ran 0 and exits 0.
Exit status: 0 when every test passed, 1 otherwise, 2 on a usage error.
"""

import argparse
import concurrent.futures
import difflib
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import script_run  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def rel(path):
    """A path relative to the repository when it is inside it, else absolute."""
    r = os.path.relpath(os.path.abspath(path), ROOT)
    return os.path.abspath(path) if r.startswith("..") else r


def check(glasspy, script, timeout, replacements):
    """(passed, message lines) for one test."""
    exp_file = script_run.expected_path(script)
    if not os.path.exists(exp_file):
        return False, [f"no {os.path.basename(exp_file)}: run tests/tools/regen_expected.py"]
    with open(exp_file, "rb") as f:
        expected = f.read()
    got = script_run.run_script(glasspy, script, timeout, replacements)
    if got == expected:
        return True, []
    want_lines = expected.decode("utf-8", "replace").splitlines(keepends=True)
    got_lines = got.decode("utf-8", "replace").splitlines(keepends=True)
    diff = difflib.unified_diff(want_lines, got_lines, "expected (python3)", "glasspy")
    return False, [ln.rstrip("\n") for ln in diff]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("paths", nargs="+", help="test folders or test files")
    ap.add_argument("--glasspy", default=os.path.join(ROOT, "build", "glasspy"),
                    help="the interpreter under test (default build/glasspy)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="tests run at once (default 2)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per test (default 20)")
    ap.add_argument("--diffs", type=int, default=5, metavar="N",
                    help="show the diff of the first N failing tests (default 5; all for one test)")
    ap.add_argument("--diff-lines", type=int, default=40, help="lines of each diff shown")
    ap.add_argument("--stdlib-dir", action="append", default=[], metavar="DIR",
                    help="write this folder as <stdlib> in the output, as the .expected files "
                         "do for CPython's (repeatable)")
    ap.add_argument("--list-failures", action="store_true",
                    help="print only the failing tests' paths, one a line")
    args = ap.parse_args()

    for p in args.paths:
        if not os.path.exists(p):
            if p.endswith(".py"):
                print(f"run_py_tests: no such test: {p}", file=sys.stderr)
                return 2
            # git keeps no empty folders: a test folder nobody has filled yet is absent.
            print(f"(folder {p} does not exist yet: no tests there)")
    tests = script_run.find_tests([p for p in args.paths if os.path.exists(p)])
    label = ", ".join(rel(p) for p in args.paths)
    if not tests:
        print(f"No tests (NNN_name.py) found in {label}: ran 0.")
        print("run_py_tests: 0 passed, 0 failed")
        return 0
    glasspy = script_run.resolve_interpreter(args.glasspy)
    print(f"Running {len(tests)} tests from {label} with {args.glasspy}", flush=True)

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        replacements = [pair for d in args.stdlib_dir for pair in script_run.stdlib_replacements(d)]
        results = list(pool.map(lambda t: check(glasspy, t, args.timeout, replacements), tests))

    failed = [(t, lines) for t, (ok, lines) in zip(tests, results) if not ok]
    if args.list_failures:
        for t, _ in failed:
            print(rel(t))
    else:
        show = len(failed) if len(tests) == 1 else args.diffs
        for i, (t, lines) in enumerate(failed):
            print(f"FAIL {rel(t)}")
            if i < show:
                for ln in lines[:args.diff_lines]:
                    print(f"    {ln}")
                if len(lines) > args.diff_lines:
                    print(f"    ... ({len(lines) - args.diff_lines} more diff lines)")
        if len(failed) > show:
            print(f"({len(failed) - show} diffs not shown; give one test's path to see its diff)")
    passed = len(tests) - len(failed)
    print(f"{label}: {passed} of {len(tests)} tests passed in {time.monotonic() - start:.1f} s")
    print(f"run_py_tests: {passed} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
