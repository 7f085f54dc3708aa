#!/usr/bin/env python3
"""Run the tutorial corpus under glasspy the way shared/corpus/README.md says
CPython's outputs were made, and count the examples whose output is identical.

  corpus_check.py --glasspy build/glasspy [--corpus DIR] [--only PREFIX] [-v]

Class A examples are compared with `.expected`; `--orig` compares the seeds'
own (mistaken) code with `.orig.out`, the error messages glasspy must print.
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[3] / "shared" / "corpus" / "seeds"


def header_class(script):
    first = script.read_text(encoding="utf-8").split("\n", 1)[0]
    marker = "class: "
    return first[first.index(marker) + len(marker):].strip() if marker in first else ""


def run_one(glasspy, script, stdin_file):
    with tempfile.TemporaryDirectory() as tmp:
        local = pathlib.Path(tmp) / script.name
        shutil.copy(script, local)
        env = dict(os.environ, PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8")
        stdin = open(stdin_file, "rb") if stdin_file.exists() else subprocess.DEVNULL
        try:
            proc = subprocess.run([glasspy, script.name], cwd=tmp, stdin=stdin,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  env=env, timeout=20)
            out = proc.stdout
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"") + b"\n<timeout>\n"
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
        return out.replace((tmp + "/").encode(), b"")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--glasspy", required=True)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--only", default="")
    ap.add_argument("--orig", action="store_true", help="compare .orig.py with .orig.out")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    glasspy = str(pathlib.Path(args.glasspy).resolve())
    corpus = pathlib.Path(args.corpus)

    cases = []
    for script in sorted(corpus.glob(args.only + "*.py")):
        if script.name.endswith(".orig.py"):
            continue
        stem = script.name[:-3]
        if args.orig:
            expected = corpus / (stem + ".orig.out")
            if expected.exists():
                cases.append((corpus / (stem + ".orig.py"), expected))
        elif header_class(script) == "A":
            cases.append((script, corpus / (stem + ".expected")))

    failed = []
    for script, expected in cases:
        stdin_file = corpus / (script.name.split(".")[0] + ".stdin")
        got = run_one(glasspy, script, stdin_file)
        if got != expected.read_bytes():
            failed.append(script.name)
            if args.verbose:
                print("FAIL", script.name)
    for name in failed:
        print("differs:", name)
    print(f"{len(cases) - len(failed)}/{len(cases)} identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
