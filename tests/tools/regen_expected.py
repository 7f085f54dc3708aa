#!/usr/bin/env python3
"""Write every script test's .expected file from CPython's output.

    regen_expected.py                      # tests/py and tests/syntax
    regen_expected.py tests/syntax         # one folder (or single test files)
    regen_expected.py --check              # write nothing; list stale or missing files

Expected output is never written by hand: it is what CPython prints, run the
way tests/tools/script_run.py describes (the format, including the final
"[exit N]" line, is documented there).  The CPython used is /usr/bin/python3
(Debian's) when it exists, else the python3 on PATH; --python picks another.

Each test runs twice; a test whose two outputs differ (hash order, ids,
timing) gets no .expected file and is reported, because a test must be
deterministic.  Tests under a folder named "syntax" must end in an error
(exit status 1): one that CPython accepts is reported, so it can be dropped.
Exit status: 0 when every file is written (or up to date with --check), 1 otherwise.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import script_run  # noqa: E402
import stdlib_files  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def rel(path):
    """A path relative to the repository when it is inside it, else absolute."""
    r = os.path.relpath(os.path.abspath(path), ROOT)
    return os.path.abspath(path) if r.startswith("..") else r
DEFAULT_FOLDERS = [os.path.join(ROOT, "tests", "py"), os.path.join(ROOT, "tests", "syntax")]


def default_python():
    return "/usr/bin/python3" if os.access("/usr/bin/python3", os.X_OK) else "python3"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("paths", nargs="*", help="test folders or files (default tests/py tests/syntax)")
    ap.add_argument("--python", default=default_python(), help="the CPython 3.11 to run")
    ap.add_argument("--check", action="store_true", help="compare only; write nothing")
    ap.add_argument("--once", action="store_true", help="run each test once (skip the stability check)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per run (default 20)")
    args = ap.parse_args()

    python = script_run.resolve_interpreter(args.python)
    version = subprocess.run(python + ["-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    if not version.startswith("3.11."):
        print(f"warning: {args.python} is Python {version}, not 3.11", file=sys.stderr)
    replacements = script_run.stdlib_replacements(stdlib_files.stdlib_dir(python[0]))

    paths = args.paths or [p for p in DEFAULT_FOLDERS if os.path.isdir(p)]
    tests = script_run.find_tests(paths)
    runs = 1 if args.once else 2

    def produce(script):
        outs = [script_run.run_script(python, script, args.timeout, replacements)
                for _ in range(runs)]
        return outs

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        all_outs = list(pool.map(produce, tests))

    problems, written, unchanged = [], 0, 0
    for script, outs in zip(tests, all_outs):
        name = rel(script)
        out = outs[0]
        if any(o != out for o in outs[1:]):
            problems.append(f"{name}: output differs between two runs; not written")
            continue
        if out.endswith(b"[timeout]\n"):
            problems.append(f"{name}: timed out after {args.timeout} s; not written")
            continue
        in_syntax = "syntax" in os.path.relpath(script, ROOT).split(os.sep)[:-1]
        if in_syntax and not out.endswith(b"[exit 1]\n"):
            problems.append(f"{name}: CPython {version} runs it without error; drop it")
            continue
        exp = script_run.expected_path(script)
        old = open(exp, "rb").read() if os.path.exists(exp) else None
        if old == out:
            unchanged += 1
            continue
        if args.check:
            problems.append(f"{name}: .expected is {'stale' if old is not None else 'missing'}")
            continue
        with open(exp, "wb") as f:
            f.write(out)
        written += 1
        print(f"wrote {rel(exp)}")

    for p in problems:
        print(p)
    if args.check:
        summary = f"{unchanged} up to date"
    else:
        summary = f"{written} written, {unchanged} unchanged"
    print(f"{len(tests)} tests, CPython {version} ({args.python}): {summary}, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
