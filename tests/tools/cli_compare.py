#!/usr/bin/env python3
"""The command line against CPython's: each case runs glasspy and python3
with the same arguments, standard input and working directory (a temporary
copy of tests/cli/), and their exit status, stdout and stderr must match
once each interpreter's own path is replaced by "<python>".

    cli_compare.py --glasspy build/glasspy tests/cli
"""

import argparse
import re
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
    # The debugger over a script: stops at its first line, restarts it when it ends.
    (["-m", "pdb", "hello.py", "arg"], "n\np __name__\nc\nq\n"),
    (["-", "arg"], "import sys\nprint('from stdin', sys.argv, __name__, __file__)\n"),
    (["-"], "raise SystemExit(3)\n"),
    (["-c", "raise ValueError('bad')"], ""),
    (["-c", "import sys; sys.exit('message')"], ""),
    (["missing_file.py"], ""),
    # __file__ keeps the path as given (made absolute); sys.path[0] resolves it.
    (["pkg/../where.py"], ""),
    # No arguments, stdin not a terminal: stdin is the program (no echo, no prompts).
    ([], "x = 6 * 7\nx\nprint(x, __name__)\n"),
    # -i: the prompt after the program, reading stdin with the prompts on
    # stderr; the banner only when there is no program.
    (["-i", "-c", "y = 2"], "x = 1\nx\nfor i in range(2):\n    i\n\n1/0\nprint('hi', y)\nexit\n"
                             "def f():\n  return 1\n\nf()\n_ + 1\nNone\n'text'\nimport sys; sys.ps1, sys.ps2\n"),
    (["-i", "-c", "1/0"], "1 +\n_\nexit(5)\n"),
    (["-i", "-c", "raise SystemExit(4)"], "print('still here')\n"),
    (["-i", "-c", "1 +"], "2\n"),
    (["-i", "hello.py", "arg"], "import sys; sys.argv\n"),
    (["-i"], "x = (1,\n2)\nx\nclass A:\n  def __repr__(self): return 'A!'\n\nA()\n"),
    (["-i"], "def f():\n  return 1"),
    (["-i"], "x=(1,\n"),
    (["-i"], "raise KeyboardInterrupt\n2\n"),
    (["-i"], "import sys\nsys.displayhook = lambda v: print('hook', v)\n3\nsys.displayhook = sys.__displayhook__\n4\n"),
    (["-i"], "def g():\n  1/0\n\ng()\nquit(2)\n"),
    (["-i"], "a = 1; b = 2\na, b\nif a:\n  'yes'\nelse:\n  'no'\n\n"),
    # Options: CPython's letters, alone, grouped or with their argument attached.
    (["-V"], ""),
    (["-z"], ""),
    (["-c"], ""),
    (["-W"], ""),
    (["-qi"], "x = 2\nx\n"),
    (["-O", "-c", "assert 0, 'gone'\nprint(__debug__)\nimport sys; print(sys.flags.optimize)"], ""),
    (["-OO", "-c", "def f():\n    'doc'\nprint(f.__doc__, __debug__)"], ""),
    (["-W", "error", "-c", "import warnings\ntry: warnings.warn('turned into an error')\n"
      "except UserWarning as e: print(repr(e))"], ""),
    (["-Wignore::UserWarning", "-c", "import warnings; warnings.warn('hidden'); print('ran')"], ""),
    (["-Wbogus", "-W", "error::NoSuchWarning", "-W", "a:b:c:d:e:f", "-W", "ignore:m:Warning:mod:x", "-c", "pass"], ""),
    (["-X", "a=b", "-X", "dev", "-b", "-c",
      "import sys; print(sys._xoptions, sys.warnoptions, sys.flags.dev_mode, sys.flags.bytes_warning)"], ""),
    (["-X", "int_max_str_digits=10", "-c", "pass"], ""),
    (["-X", "int_max_str_digits=1000", "-c", "import sys; print(sys.get_int_max_str_digits()); str(10**1000)"], ""),
    (["-I", "-c", "import sys; print(sys.flags.isolated, sys.flags.ignore_environment, sys.flags.safe_path)"], ""),
    # The compiler's SyntaxWarnings, and one made an error.
    (["-c", "x = 1\nprint(x is 1, x is not ())"], ""),
    (["-W", "error::SyntaxWarning", "-c", "x = 1\nprint(x is 1)"], ""),
    (["-i"], "y = 1\ny is 1\n[(1, 2) (3, 4)]\n"),
]

# The interactive banner is each interpreter's own first two lines.
BANNER = re.compile(r"^Python 3\.11[^\n]*\nType [^\n]*\n")


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
    err = err.replace("`glasspy -h'", "`python -h'")
    err = BANNER.sub("<banner>\n", err)
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
