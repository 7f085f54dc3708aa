#!/usr/bin/env python3
"""The command line against CPython's: each case runs glasspy and python3
with the same arguments, standard input and working directory (a temporary
copy of tests/cli/), and their exit status, stdout and stderr must match
once each interpreter's own path is replaced by "<python>".

    cli_compare.py --glasspy build/glasspy tests/cli
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

# (arguments, standard input)
CASES = [
    (["-c", "import sys; print(sys.argv, __name__)", "a", "b"], ""),
    (["-m", "hello", "x", "y"], ""),
    (["-m", "pkg"], ""),
    (["-m", "pkg.sub"], ""),
    (["-m", "no_such_module"], ""),
    (["-", "arg"], "import sys\nprint('from stdin', sys.argv, __name__, __file__)\n"),
    (["-"], "raise SystemExit(3)\n"),
    (["-c", "raise ValueError('bad')"], ""),
    (["-c", "import sys; sys.exit('message')"], ""),
    (["missing_file.py"], ""),
]


def run(interpreter, args, stdin, cwd):
    proc = subprocess.run([interpreter] + args, input=stdin.encode(), cwd=cwd, capture_output=True, timeout=60,
                          env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    out = proc.stdout.decode()
    err = proc.stderr.decode()
    for path in {interpreter, os.path.realpath(interpreter), cwd, os.path.realpath(cwd)}:
        out = out.replace(path, "<path>")
        err = err.replace(path, "<path>")
    # The program name in usage and "can't open" messages.
    err = err.replace("glasspy:", "<python>:").replace("python3:", "<python>:")
    return proc.returncode, out, err


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--glasspy", required=True)
    parser.add_argument("--python", default="/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3")
    parser.add_argument("folder")
    opts = parser.parse_args()
    glasspy = os.path.abspath(opts.glasspy)
    python = shutil.which(opts.python) or opts.python
    failed = 0
    for args, stdin in CASES:
        with tempfile.TemporaryDirectory(prefix="gp_cli_") as tmp:
            shutil.copytree(opts.folder, tmp, dirs_exist_ok=True)
            want = run(python, args, stdin, tmp)
            got = run(glasspy, args, stdin, tmp)
        if want != got:
            failed += 1
            print("FAIL", args)
            print("   python3:", want)
            print("   glasspy:", got)
    print(f"cli_compare: {len(CASES) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
