#!/usr/bin/env python3
"""Compare `glasspy --dis FILE` with CPython 3.11's dis.dis for tests/dis/*.py.

    dis_compare.py --glasspy PATH [DIR]      compare; prints "N passed, N failed"
    dis_compare.py --regen [DIR]             rewrite each NNN_name.expected from python3

Code-object addresses ("at 0x7f...") are normalised to "at 0x?" in both outputs,
since they differ from run to run.  Besides the disassembly, `glasspy --code-info`
must print what CPython's code objects hold and dis does not show (co_stacksize,
co_flags, argument counts, co_nlocals, co_varnames/cellvars/freevars): a wrong
stack size would crash the VM.  That is computed from python3 at each run.
"""
import argparse
import difflib
import dis
import io
import pathlib
import re
import subprocess
import sys

ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def normalise(text):
    return ADDR.sub(" at 0x?", text)


def cpython_dis(path):
    src = path.read_text()
    out = io.StringIO()
    dis.dis(compile(src, str(path.name), "exec"), file=out)
    return normalise(out.getvalue())


def code_info(path):
    co = compile(path.read_text(), str(path.name), "exec")
    out = []

    def walk(c):
        out.append(f"{c.co_qualname} stacksize={c.co_stacksize} flags={c.co_flags} "
                   f"argcount={c.co_argcount} posonly={c.co_posonlyargcount} "
                   f"kwonly={c.co_kwonlyargcount} nlocals={c.co_nlocals} "
                   f"varnames=[{','.join(c.co_varnames)}] cellvars=[{','.join(c.co_cellvars)}] "
                   f"freevars=[{','.join(c.co_freevars)}]\n")
        for k in c.co_consts:
            if hasattr(k, "co_code"):
                walk(k)
    walk(co)
    return "".join(out)


def run(glasspy, flag, f):
    try:
        r = subprocess.run([glasspy, flag, f.name], cwd=f.parent, capture_output=True, text=True, timeout=20)
        return normalise(r.stdout) if r.returncode == 0 else "ERROR: " + r.stderr
    except subprocess.TimeoutExpired:
        return "TIMEOUT"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--glasspy")
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("dir", nargs="?", default=str(pathlib.Path(__file__).resolve().parent.parent / "dis"))
    args = ap.parse_args()
    files = sorted(pathlib.Path(args.dir).glob("*.py"))
    if args.regen:
        for f in files:
            f.with_suffix(".expected").write_text(cpython_dis(f))
        print(f"regenerated {len(files)} files")
        return 0
    passed, failed = 0, []
    for f in files:
        exp_file = f.with_suffix(".expected")
        expected = exp_file.read_text() if exp_file.exists() else cpython_dis(f)
        got = run(args.glasspy, "--dis", f)
        info_expected = code_info(f)
        info_got = run(args.glasspy, "--code-info", f)
        if info_got != info_expected:
            expected += info_expected
            got += info_got
        if got == expected:
            passed += 1
        else:
            failed.append(f.name)
            if args.verbose:
                print(f"--- {f.name}")
                sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                                           "python3", "glasspy", n=2))
    for name in failed:
        print("FAIL", name)
    print(f"{passed} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
