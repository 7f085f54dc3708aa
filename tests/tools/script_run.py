"""How a script test is found, run and turned into the text of its .expected file.

Shared by run_py_tests.py (runs glasspy and compares) and regen_expected.py
(runs python3 and writes), so the two cannot drift apart.

A test is a file named NNN_name.py (digits, underscore, name) anywhere under a
test folder (tests/py/<topic>/, tests/syntax/); other .py files are helpers
and are not run.  Its expected output is NNN_name.expected beside it.  An
optional NNN_name.stdin is fed to it; otherwise stdin is /dev/null.  An
optional folder NNN_name.files/ holds modules and packages it imports: its
contents are copied next to the script.

How a test runs (the same for python3 and glasspy, as the seed corpus does it,
see shared/corpus/README.md):
  - a fresh temporary directory holding a copy of the script is the working
    directory, and the command is `INTERPRETER NNN_name.py` (a bare file name,
    so tracebacks say  File "NNN_name.py", line 3);
  - PYTHONUNBUFFERED=1, LC_ALL=C.UTF-8; stdout and stderr go to one pipe, so
    tracebacks appear where they happened;
  - in the output, the temporary directory followed by "/" is removed, any
    other mention of it becomes "<tmp>", and CPython's stdlib directory
    becomes "<stdlib>" (File "<stdlib>/re/__init__.py", ...).

The .expected file is that output, byte for byte, then, only when the exit
status is not 0, one more line:
    [exit N]            the interpreter exited with status N (1 for an uncaught
                        exception or a SyntaxError)
    [signal NAME]       it was killed by a signal (SIGSEGV, SIGABRT, ...)
    [timeout]           it was still running after the time limit
A newline is added before that line when the output does not end with one.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

TEST_NAME_RE = re.compile(r"^\d+_.*\.py$")


def find_tests(paths):
    """Sorted test scripts under the given folders or files (files are taken as they are)."""
    tests = []
    for path in paths:
        if os.path.isfile(path):
            tests.append(os.path.abspath(path))
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            tests.extend(os.path.abspath(os.path.join(folder, f))
                         for f in files if TEST_NAME_RE.match(f))
    return sorted(set(tests))


def expected_path(script):
    return script[:-len(".py")] + ".expected"


def stdin_path(script):
    return script[:-len(".py")] + ".stdin"


def exit_line(returncode):
    if returncode is None:
        return "[timeout]"
    if returncode < 0:
        try:
            return f"[signal {signal.Signals(-returncode).name}]"
        except ValueError:
            return f"[signal {-returncode}]"
    return f"[exit {returncode}]"


def run_script(interpreter, script, timeout, replacements=()):
    """Run one test script; return the bytes its .expected file must hold.

    interpreter: the command as a list (["/usr/bin/python3"], ["build/glasspy"]).
    replacements: extra (bytes, bytes) substitutions, e.g. the stdlib folder.
    """
    env = dict(os.environ, PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8")
    with tempfile.TemporaryDirectory(prefix="gp_test_") as tmp:
        name = os.path.basename(script)
        shutil.copy(script, os.path.join(tmp, name))
        files = script[:-len(".py")] + ".files"
        if os.path.isdir(files):
            shutil.copytree(files, tmp, dirs_exist_ok=True)
        stdin_file = stdin_path(script)
        with open(stdin_file if os.path.exists(stdin_file) else os.devnull, "rb") as stdin:
            try:
                proc = subprocess.run(interpreter + [name], cwd=tmp, env=env, stdin=stdin,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      timeout=timeout)
                out, returncode = proc.stdout, proc.returncode
            except subprocess.TimeoutExpired as e:
                out, returncode = e.stdout or b"", None
        for folder in {tmp, os.path.realpath(tmp)}:
            out = out.replace(folder.encode() + b"/", b"").replace(folder.encode(), b"<tmp>")
    for old, new in replacements:
        out = out.replace(old, new)
    if returncode != 0:
        if out and not out.endswith(b"\n"):
            out += b"\n"
        out += exit_line(returncode).encode() + b"\n"
    return out


def stdlib_replacements(stdlib_dir):
    """Substitutions that write a CPython stdlib directory as <stdlib>."""
    stdlib_dir = stdlib_dir.rstrip("/")
    pairs = []
    for d in {stdlib_dir, os.path.realpath(stdlib_dir)}:
        pairs.append((d.encode() + b"/", b"<stdlib>/"))
    return pairs


def resolve_interpreter(path):
    """A command list for an interpreter path or name; exits with a message if absent."""
    found = shutil.which(path) if os.sep not in path else (path if os.access(path, os.X_OK) else None)
    if not found:
        print(f"interpreter not found or not executable: {path}", file=sys.stderr)
        sys.exit(2)
    return [found]
