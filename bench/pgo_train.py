#!/usr/bin/env python3
"""The training run of the profile-guided build: an instrumented glasspy runs
the benchmark programs of bench/programs (each a few seconds when
instrumented) and the script tests of tests/py, so that the profile sees the
eval loop's hot paths and the runtime's common ones.

    bench/pgo_train.py GLASSPY

Tests that run under a trace or profile function (pdb, sys.settrace,
cProfile) are left out: they send every instruction through the eval
loop's tracing entry, and a profile that counts those as hot lays the loop
out for tracing, which made untraced programs 10-15% slower.

Exit status 0 whatever the programs do: a failing one still trains (the
tests and the benchmarks check correctness elsewhere).
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(glasspy, script):
    try:
        subprocess.run([glasspy, script.name], cwd=script.parent, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    except subprocess.TimeoutExpired:
        print(f"pgo_train: {script} timed out", file=sys.stderr)


TRACING = ("settrace", "setprofile", "cProfile", "import pdb", "breakpoint()", "import profile", "_lsprof",
           "_glasspy_tools")


def traces(script):
    text = script.read_text(encoding="utf-8", errors="replace")
    return any(word in text for word in TRACING)


def main():
    glasspy = str(pathlib.Path(sys.argv[1]).resolve())
    # A copy: the scripts write files where they run.
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "bench" / "programs", pathlib.Path(tmp) / "programs")
        shutil.copytree(ROOT / "tests" / "py", pathlib.Path(tmp) / "py")
        programs = sorted((pathlib.Path(tmp) / "programs").glob("*.py"))
        tests = [t for t in sorted((pathlib.Path(tmp) / "py").glob("*/*.py")) if not traces(t)]
        # The programs count three times over the tests: they are the
        # workloads the build is for, the tests only cover the paths.
        for script in programs * 3 + tests:
            run(glasspy, script)
    print(f"pgo_train: ran {len(programs)} programs (3 times) and {len(tests)} tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
