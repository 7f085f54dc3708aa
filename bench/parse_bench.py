#!/usr/bin/env python3
"""Time glasspy's parser against CPython's over the whole standard library.

    bench/parse_bench.py [--glasspy build/glasspy] [--runs 5]

The files: every .py file of CPython's stdlib (minus site-packages and
dist-packages, as tests/tools/dump_compare.py takes them) that CPython itself
can read as UTF-8 and parse.  The CPython compared against is Debian's
/usr/bin/python3 when it exists (a python3 found first on PATH may be a slower
shim), and the stdlib is that interpreter's; --python picks another.

What is timed, each run in one process over all files:
  glasspy  `glasspy --parse-only FILE...`: the whole process (start-up,
           reading the files, parsing), wall clock.
  CPython  ast.parse(source) for every file, inside one python3 process, the
           files read into memory before the clock starts; the wall time of
           that whole process is shown too.
Each side runs --runs times; the medians and glasspy/CPython ratios are
printed.  glasspy's exit status and the first lines of its stderr are shown
when it reports errors (then its time covers files it failed on).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "tools"))
import stdlib_files  # noqa: E402

# Runs inside the CPython being measured.  argv[1]: a JSON list of files.
# Prints {"parse": seconds for all ast.parse calls, "ok": [files that parsed]}.
CPYTHON_TIMER = r"""
import ast, json, sys, time, warnings
warnings.simplefilter("ignore")
sources = []
for path in json.load(open(sys.argv[1])):
    try:
        with open(path, encoding="utf-8") as f:
            sources.append((path, f.read()))
    except (UnicodeDecodeError, OSError):
        pass
ok = []
start = time.perf_counter()
for path, src in sources:
    try:
        ast.parse(src)
        ok.append(path)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass
elapsed = time.perf_counter() - start
print(json.dumps({"parse": elapsed, "ok": ok}))
"""


def default_python():
    return "/usr/bin/python3" if os.access("/usr/bin/python3", os.X_OK) else shutil.which("python3")


def run_cpython(python, list_file):
    start = time.perf_counter()
    proc = subprocess.run([python, "-c", CPYTHON_TIMER, list_file],
                          capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    result = json.loads(proc.stdout)
    return result["parse"], wall, result["ok"]


def run_glasspy(glasspy, files):
    start = time.perf_counter()
    proc = subprocess.run([glasspy, "--parse-only", *files], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    return wall, proc.returncode, proc.stderr.decode("utf-8", "replace")


def fmt(seconds):
    return f"{seconds * 1000:9.1f} ms"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--glasspy", default=os.path.join(ROOT, "build", "glasspy"))
    ap.add_argument("--python", default=default_python(), help="the CPython to compare with")
    ap.add_argument("--runs", type=int, default=5, help="runs of each side (default 5)")
    args = ap.parse_args()

    if not (os.path.isfile(args.glasspy) and os.access(args.glasspy, os.X_OK)):
        print(f"parse_bench: glasspy binary not found: {args.glasspy} (make build)", file=sys.stderr)
        return 2
    stdlib = stdlib_files.stdlib_dir(args.python)
    candidates = stdlib_files.python_files(stdlib)

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(candidates, f)
        list_file = f.name
    try:
        # First CPython run: also decides the file set (what CPython can parse).
        parse_t, wall_t, files = run_cpython(args.python, list_file)
        with open(list_file, "w") as f:
            json.dump(files, f)
        total_bytes = sum(os.path.getsize(p) for p in files)
        print(f"{len(files)} files ({total_bytes / 1e6:.1f} MB) of {stdlib} that CPython parses "
              f"({len(candidates) - len(files)} left out); {args.runs} runs each")

        cp_parse, cp_wall, gp_wall = [parse_t], [wall_t], []
        for _ in range(args.runs - 1):
            p, w, _ = run_cpython(args.python, list_file)
            cp_parse.append(p)
            cp_wall.append(w)
        status, errors = 0, ""
        for _ in range(args.runs):
            w, status, errors = run_glasspy(args.glasspy, files)
            gp_wall.append(w)
    finally:
        os.unlink(list_file)

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    med_cp_parse, med_cp_wall = statistics.median(cp_parse), statistics.median(cp_wall)
    med_gp = statistics.median(gp_wall)
    print(f"CPython {version} ast.parse only     {fmt(med_cp_parse)}   "
          f"(min {fmt(min(cp_parse)).strip()})")
    print(f"CPython {version} whole process      {fmt(med_cp_wall)}   "
          f"(start-up and reading included)")
    print(f"glasspy --parse-only whole process {fmt(med_gp)}   (min {fmt(min(gp_wall)).strip()})")
    print(f"ratio glasspy / CPython ast.parse:     {med_gp / med_cp_parse:6.2f}x")
    print(f"ratio glasspy / CPython whole process: {med_gp / med_cp_wall:6.2f}x")
    if status != 0:
        lines = [ln for ln in errors.splitlines() if ln.strip()]
        print(f"warning: glasspy exited with status {status}; {len(lines)} stderr lines, first:")
        for ln in lines[:10]:
            print(f"  {ln}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
