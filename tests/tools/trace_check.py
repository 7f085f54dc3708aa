#!/usr/bin/env python3
"""Check the trace views (interp/trace_view.hpp) on the scripts of tests/trace/.

    trace_check.py --glasspy build/glasspy [tests/trace] [--regen]

Each test is NNN_name.py with NNN_name.args (the --trace options, one line).
The script runs under glasspy with those options and --trace-format=json:

  - its standard output must be CPython's for the same script (python3 is
    run too): the counts the script prints with sys.getrefcount and the ids
    it compares are the oracle the trace must agree with;
  - the events (stderr, JSON lines) must be those of NNN_name.expected,
    after addresses are replaced by #1, #2 ... in order of appearance;
  - a cause in a library module (threading.py) is compared without its
    line number;
  - for a collection's end, examined == unreachable + survivors must hold; the
    counts that depend on how many objects the runtime itself tracks
    (examined, survivors, untracked) are then left out of the comparison,
    and so is the allocation count at its start.

CPython has no such trace, so the .expected events are glasspy's own:
written by --regen and read through by whoever writes the test (each test
script says what its events must show).  Exit status 0 when all pass.
"""

import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ADDRESS = re.compile(r"0x[0-9a-f]+")


def oracle():
    return "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"


def run(command, cwd):
    env = dict(os.environ, PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8")
    return subprocess.run(command, cwd=cwd, capture_output=True, env=env, timeout=60)


def normalise(stderr, script_name, problems):
    names = {}

    def symbol(match):
        return names.setdefault(match.group(0), "#%d" % (len(names) + 1))

    events = []
    for line in stderr.decode().splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            problems.append("not a JSON event: %r" % line)
            continue
        if event.get("event") == "gc" and event.get("phase") == "start":
            del event["count"]  # the runtime's own allocations count too
        if event.get("event") == "gc" and event.get("phase") == "end":
            if event["examined"] != event["unreachable"] + event["survivors"]:
                problems.append("gc counts do not add up: %r" % line)
            del event["examined"], event["survivors"], event["untracked"]
        # A cause inside an embedded library module: its line moves with
        # every edit of that module, so only the file is compared.
        if event.get("file", script_name) != script_name:
            event["line"] = "?"
        text = json.dumps(event, sort_keys=True)
        events.append(ADDRESS.sub(symbol, text))
    return events


def check(glasspy, script, regen):
    args = script.with_suffix(".args").read_text().split()
    expected_file = script.with_suffix(".expected")
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(script, tmp)
        mine = run([glasspy] + args + ["--trace-format=json", script.name], tmp)
        theirs = run([oracle(), script.name], tmp)
    if mine.stdout != theirs.stdout:
        problems.append("stdout differs from CPython's:\n  glasspy: %r\n  python3: %r" % (mine.stdout, theirs.stdout))
    if mine.returncode != theirs.returncode:
        problems.append("exit status %d, CPython's %d" % (mine.returncode, theirs.returncode))
    events = normalise(mine.stderr, script.name, problems)
    if regen:
        expected_file.write_text("".join(e + "\n" for e in events))
    elif not expected_file.exists():
        problems.append("no %s: run with --regen, then read it through" % expected_file.name)
    else:
        want = expected_file.read_text().splitlines()
        if events != want:
            import difflib
            diff = difflib.unified_diff(want, events, "expected", "glasspy", lineterm="")
            problems.append("events differ:\n" + "\n".join("    " + d for d in diff))
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--glasspy", required=True)
    ap.add_argument("folder", nargs="?", default=str(HERE.parent / "trace"))
    ap.add_argument("--regen", action="store_true")
    ns = ap.parse_args()
    glasspy = str(pathlib.Path(ns.glasspy).resolve())
    scripts = sorted(pathlib.Path(ns.folder).glob("[0-9]*_*.py"))
    failed = 0
    for script in scripts:
        problems = check(glasspy, script, ns.regen)
        if problems:
            failed += 1
            print("FAIL", script.name)
            for p in problems:
                print("  " + p)
    print("trace_check: %d passed, %d failed" % (len(scripts) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
