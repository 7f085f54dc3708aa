#!/usr/bin/env python3
"""Runs each tests/signals/*.py under glasspy and under CPython, sending
SIGINT whenever the script prints a line "ready", and compares exit status,
stdout and stderr.  Prints "N passed, N failed"; exits 1 on a failure."""
import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

CPYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def run(interpreter, script, timeout):
    # SIGINT at its default action in the child, whatever our parent did.
    proc = subprocess.Popen([interpreter, script.name], cwd=script.parent, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    out_lines = []
    for line in proc.stdout:
        out_lines.append(line)
        if line.strip() == "ready":
            # Past the print, well inside the loop that follows it.
            time.sleep(0.3)
            proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    proc.wait()
    timer.cancel()
    return proc.returncode, "".join(out_lines), err


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--glasspy", required=True)
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("folder")
    args = parser.parse_args()
    passed = failed = 0
    for script in sorted(Path(args.folder).glob("*.py")):
        want = run(CPYTHON, script, args.timeout)
        got = run(os.path.abspath(args.glasspy), script, args.timeout)
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {script}\n  CPython: {want!r}\n  glasspy: {got!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
