#!/usr/bin/env python3
"""Run script tests under glasspy's leak check and fail on any leaked object.

    leak_check.py --glasspy build/glasspy tests/py            # every script test
    leak_check.py --glasspy build/glasspy tests/py/gc/003_cycles.py   # one, report shown

Each test script is run as run_py_tests.py runs it (tests/tools/script_run.py),
with GLASSPY_LEAKCHECK=1 in its environment: at exit glasspy writes to stderr
a line "glasspy leakcheck: N objects alive at exit: ... M leaked", then, when
M > 0, the leaked objects by type and the leak roots (runtime/leakcheck.hpp).
A test passes when that line is there and M is 0.  Its output is not compared
with the .expected file (run_py_tests.py does that); a script that ends
through os._exit or a signal writes no report, which fails.  A script that
leaves daemon threads running at exit is skipped when it shows leaks: the
calls those threads are in hold references that no frame records, so what
they hold cannot be told from a leak (the report says "threads still running").

Exit status: 0 when every test passed, 1 otherwise, 2 on a usage error.
"""

import argparse
import concurrent.futures
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import script_run  # noqa: E402

REPORT_RE = re.compile(rb"glasspy leakcheck: .* (\d+) leaked$", re.M)  # after a prompt, mid-line
THREADS_RE = re.compile(rb"^  \d+ threads still running", re.M)


def check(glasspy, script, timeout):
    """("pass" | "fail" | "skip", report lines) for one script."""
    out = script_run.run_script(glasspy, script, timeout)
    found = list(REPORT_RE.finditer(out))
    if not found:
        tail = out.decode("utf-8", "replace").splitlines()[-5:]
        return "fail", ["no leak report at exit; the output ended with:"] + tail
    last = found[-1]
    if int(last.group(1)) == 0:
        return "pass", []
    report = out[last.start():].decode("utf-8", "replace").splitlines()
    report = [line for line in report if not line.startswith("[exit")]
    return ("skip" if THREADS_RE.search(out, last.start()) else "fail"), report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("paths", nargs="+", help="test folders or test files")
    ap.add_argument("--glasspy", required=True, help="the interpreter under test")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="tests run at once (default 2)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per test (default 30)")
    ap.add_argument("--reports", type=int, default=10, metavar="N",
                    help="show the report of the first N leaking tests (default 10)")
    args = ap.parse_args()

    glasspy = script_run.resolve_interpreter(os.path.abspath(args.glasspy) if os.sep in args.glasspy
                                             else args.glasspy)
    scripts = script_run.find_tests(args.paths)
    os.environ["GLASSPY_LEAKCHECK"] = "1"
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda s: check(glasspy, s, args.timeout), scripts))
    failed = [(s, lines) for s, (verdict, lines) in zip(scripts, results) if verdict == "fail"]
    skipped = [s for s, (verdict, _) in zip(scripts, results) if verdict == "skip"]
    for script in skipped:
        print(f"SKIP {os.path.relpath(script)} (daemon threads still running at exit)")
    for i, (script, lines) in enumerate(failed):
        print(f"LEAK {os.path.relpath(script)}")
        if i < args.reports or len(scripts) == 1:
            for line in lines:
                print(f"    {line}")
    passed = len(scripts) - len(failed) - len(skipped)
    print(f"leak_check: {passed} passed, {len(failed)} failed, {len(skipped)} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
