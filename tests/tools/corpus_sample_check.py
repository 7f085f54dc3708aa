#!/usr/bin/env python3
"""Run the corpus's class C examples (a second process, sockets, asyncio)
under glasspy and say how each output compares with CPython's `.sample`.

  corpus_sample_check.py --glasspy build/glasspy [--needs multiprocessing] [-v]

A `.sample` is one CPython run: process ids, addresses, times and the order
in which processes print vary from run to run.  So each example gets the
first of these verdicts that holds:

  same          byte for byte
  masked        the same once numbers of 4+ digits, hex addresses and
                timings are written as N (pids, thread idents, ids, clocks)
  reordered     the same masked lines, in another order
  interleaved   the same masked characters: two processes wrote to one pipe
                and CPython's print wrote text and newline separately
  differs       none of these (with -v: both outputs)

Examples run as corpus_check.py runs them (fresh temporary directory,
PYTHONUNBUFFERED=1, LC_ALL=C.UTF-8, stdout and stderr in one pipe); glasspy's
embedded stdlib ("<glasspy>/lib/") is written as CPython's "<stdlib>/".
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[3] / "shared" / "corpus" / "seeds"
MASK = re.compile(rb"0x[0-9a-f]+|\d{4,}(\.\d+)?|\d\.\d{6}|\d+\.\d\d seconds")


def run_one(glasspy, script):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(script, tmp)
        env = dict(os.environ, PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8")
        # stdin is the example's .stdin file when it has one (input() answers).
        stdin_file = script.with_suffix(".stdin")
        stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
        try:
            out = subprocess.run([glasspy, script.name], cwd=tmp, input=stdin,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                                 timeout=20).stdout
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"") + b"\n<timeout>\n"
        return out.replace((tmp + "/").encode(), b"").replace(b"<glasspy>/lib/", b"<stdlib>/")


def verdict(got, sample):
    if got == sample:
        return "same"
    got_m, sample_m = MASK.sub(b"N", got), MASK.sub(b"N", sample)
    if got_m == sample_m:
        return "masked"
    if sorted(got_m.splitlines()) == sorted(sample_m.splitlines()):
        return "reordered"
    if sorted(got_m.decode(errors="replace")) == sorted(sample_m.decode(errors="replace")):
        return "interleaved"
    return "differs"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--glasspy", required=True)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--needs", default="", help="only examples whose '# needs:' line has this word")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    glasspy = str(pathlib.Path(args.glasspy).resolve())
    counts = {}
    for script in sorted(pathlib.Path(args.corpus).glob("*.py")):
        if script.name.endswith(".orig.py"):
            continue
        head = script.read_text(encoding="utf-8").split("\n", 3)[:3]
        if "class: C" not in head[0]:
            continue
        needs = next((line for line in head if line.startswith("# needs:")), "")
        if args.needs not in needs:
            continue
        sample = script.with_suffix(".sample").read_bytes()
        got = run_one(glasspy, script)
        v = verdict(got, sample)
        counts[v] = counts.get(v, 0) + 1
        print(f"{v:12} {script.name}", flush=True)
        if v == "differs" and args.verbose:
            sys.stdout.write("--- glasspy\n" + got.decode(errors="replace") +
                             "--- CPython (.sample)\n" + sample.decode(errors="replace"))
    print(", ".join(f"{n} {v}" for v, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
