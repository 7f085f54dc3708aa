#!/usr/bin/env python3
"""Compare `glasspy --dump-ast FILE` with CPython's ast.dump over the stdlib.

For every file the expected text is computed in this process:

    ast.dump(ast.parse(open(f, encoding="utf-8").read())) + "\\n"

(ast.dump's default options: no positions, as `print(ast.dump(tree))` shows
it), encoded as UTF-8.  glasspy's stdout must be the same bytes.  Files that
CPython itself cannot read or parse (other encodings, deliberately broken test
data, ...) are counted as skipped and not run.

Files: by default every .py file under the stdlib of the interpreter running
this script (sysconfig.get_paths()["stdlib"]), minus site-packages and
dist-packages.  Give files or folders as arguments to check only those.

Usage:
    dump_compare.py [--glasspy build/glasspy]              # whole stdlib
    dump_compare.py path/to/file.py                        # one file; shows the diff
    dump_compare.py --show-diff json/decoder.py            # both dumps around the difference
    dump_compare.py --list-failures                        # every failing file, one a line

A file fails when glasspy's stdout differs, it exits non-zero, it takes more
than --timeout seconds (a hang is a failure, never a stuck test), or it is
not run because the whole run went over --budget seconds or --max-timeouts
files timed out.  Exit status: 0 when at least --threshold percent of the
checked files are identical, 1 otherwise, 2 on a usage error.
"""

import argparse
import ast
import collections
import concurrent.futures
import os
import re
import subprocess
import sys
import threading
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stdlib_files  # noqa: E402

IDENTICAL, DIFFERENT, ERROR, TIMEOUT, NOT_RUN, SKIPPED = (
    "identical", "different", "error", "timeout", "not run", "skipped")

# Tokens of an ast.dump text: string reprs (skipped whole), "Node(", "field=", brackets.
DUMP_TOKEN_RE = re.compile(rb"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|"""
                           rb"[A-Za-z_]\w*\(|[A-Za-z_]\w*=|[()\[\]]")


def default_glasspy():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "..", "..", "build", "glasspy")


# --positions: compare ast.dump(..., include_attributes=True) with
# `glasspy --dump-ast-positions`, i.e. every node's line and column range too.
POSITIONS = False


def expected_dump(path):
    """CPython's dump as bytes, or None when CPython cannot read/parse the file."""
    try:
        source = stdlib_files.read_source(path)
        text = ast.dump(ast.parse(source), include_attributes=POSITIONS) + "\n"
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError, OSError):
        return None
    return text.encode("utf-8", "surrogateescape")


def run_glasspy(glasspy, path, timeout):
    """(status, stdout bytes, first stderr line) of one `glasspy --dump-ast` run."""
    try:
        flag = "--dump-ast-positions" if POSITIONS else "--dump-ast"
        proc = subprocess.run([glasspy, flag, path], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return TIMEOUT, e.stdout or b"", f"no result after {timeout} s"
    err_lines = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    if proc.returncode != 0:
        why = f"exit {proc.returncode}" if proc.returncode > 0 else f"signal {-proc.returncode}"
        last = err_lines[-1].strip() if err_lines else "(nothing on stderr)"
        return ERROR, proc.stdout, f"{why}: {last}"
    return None, proc.stdout, ""


def first_difference(a, b):
    """Index of the first byte where a and b differ (len of the shorter if one is a prefix)."""
    n = min(len(a), len(b))
    i = 0
    step = 4096
    while i < n and a[i:i + step] == b[i:i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


def snippet(data, pos, before=30, after=50):
    start = max(0, pos - before)
    text = data[start:pos + after].decode("utf-8", "replace")
    return ("..." if start else "") + text + ("..." if pos + after < len(data) else "")


def enclosing_node(expected, pos):
    """Innermost node open at byte pos of a dump, and its field: 'Call.keywords'."""
    stack = []  # [node name, field being printed] per open "(" or "["
    for m in DUMP_TOKEN_RE.finditer(expected, 0, pos):
        tok = m.group()
        if tok.endswith(b"("):
            stack.append([tok[:-1].decode(), ""])
        elif tok.endswith(b"="):
            if stack:
                stack[-1][1] = tok[:-1].decode()
        elif tok == b"[":
            stack.append(["", ""])
        elif tok in (b")", b"]") and stack:
            stack.pop()
    for name, field in reversed(stack):
        if name:
            return f"{name}.{field}" if field else name
    return "(top level)"


class Runner:
    def __init__(self, args):
        self.args = args
        self.deadline = time.monotonic() + args.budget
        self.timeouts = 0
        self.lock = threading.Lock()

    def stop_reason(self):
        if time.monotonic() > self.deadline:
            return f"run went over --budget {self.args.budget} s"
        if self.timeouts >= self.args.max_timeouts:
            return f"{self.timeouts} files timed out (--max-timeouts)"
        return None

    def check(self, path):
        """One result dict for one file."""
        expected = expected_dump(path)
        if expected is None:
            return {"path": path, "status": SKIPPED}
        reason = self.stop_reason()
        if reason:
            return {"path": path, "status": NOT_RUN, "detail": reason}
        status, out, detail = run_glasspy(self.args.glasspy, path, self.args.timeout)
        if status == TIMEOUT:
            with self.lock:
                self.timeouts += 1
        if status is None:
            if out == expected:
                return {"path": path, "status": IDENTICAL}
            status = DIFFERENT
        result = {"path": path, "status": status, "detail": detail}
        if status == DIFFERENT:
            pos = first_difference(expected, out)
            result.update(pos=pos, node=enclosing_node(expected, pos),
                          want=snippet(expected, pos), got=snippet(out, pos),
                          detail=f"first difference at byte {pos} of {len(expected)}"
                                 f" (got {len(out)} bytes)")
        return result


def show_diff(args, path, context):
    expected = expected_dump(path)
    if expected is None:
        print(f"{path}: CPython cannot read or parse this file (skipped in the comparison)")
        return 2
    status, out, detail = run_glasspy(args.glasspy, path, args.timeout)
    if status is None and out == expected:
        print(f"{path}: identical ({len(out)} bytes)")
        return 0
    if status is not None:
        print(f"{path}: {status}: {detail}")
    pos = first_difference(expected, out)
    print(f"{path}: first difference at byte {pos} (expected {len(expected)} bytes, "
          f"got {len(out)}), inside {enclosing_node(expected, pos)}")
    for label, data in (("CPython", expected), ("glasspy", out)):
        start = max(0, pos - context)
        print(f"--- {label} [{start}:{pos + context}]")
        print(data[start:pos].decode("utf-8", "replace") + "\u2588"
              + data[pos:pos + context].decode("utf-8", "replace"))
    return 1


def resolve(path, root):
    """A path as given, or else relative to the stdlib folder."""
    if not os.path.exists(path) and os.path.exists(os.path.join(root, path)):
        return os.path.join(root, path)
    return path


def display(path, root):
    rel = os.path.relpath(path, root)
    return path if rel.startswith("..") else rel


def report(args, results, root, elapsed):
    by_status = collections.defaultdict(list)
    for r in results:
        by_status[r["status"]].append(r)
    skipped = len(by_status[SKIPPED])
    total = len(results) - skipped
    same = len(by_status[IDENTICAL])
    failures = [r for r in results if r["status"] not in (IDENTICAL, SKIPPED)]
    pct = 100.0 * same / total if total else 0.0

    if args.list_failures:
        for r in failures:
            print(f"{display(r['path'], root)}\t{r['status']}\t{r.get('detail', '')}")
    elif failures:
        print(f"First {min(args.first, len(failures))} of {len(failures)} failing files:")
        for r in failures[:args.first]:
            print(f"  {display(r['path'], root)}: {r['status']}: {r.get('detail', '')}")
            if r["status"] == DIFFERENT:
                print(f"      in {r['node']}")
                print(f"      want: {r['want']!r}")
                print(f"      got:  {r['got']!r}")
        if len(failures) > args.first:
            print(f"  ... {len(failures) - args.first} more (--list-failures shows all)")

    if failures:
        print("Summary of failures:")
        for status in (DIFFERENT, ERROR, TIMEOUT, NOT_RUN):
            if by_status[status]:
                print(f"  {status}: {len(by_status[status])}")
        nodes = collections.Counter(r["node"] for r in by_status[DIFFERENT])
        if nodes:
            print("  node where the first difference is (most common):")
            for node, n in nodes.most_common(10):
                print(f"    {n:5d}  {node}")
        errors = collections.Counter(r["detail"].split(": ", 1)[-1][:100]
                                     for r in by_status[ERROR])
        if errors:
            print("  last stderr line of failing runs (most common):")
            for msg, n in errors.most_common(10):
                print(f"    {n:5d}  {msg}")
        if by_status[NOT_RUN]:
            print(f"  not run because: {by_status[NOT_RUN][0]['detail']}")

    print(f"Identical: {same} / {total} ({pct:.2f}%), skipped (CPython cannot parse): {skipped}, "
          f"threshold {args.threshold}%, {elapsed:.1f} s")
    print(f"dump_compare: {same} passed, {total - same} failed, {skipped} skipped")
    if total == 0:
        print("No file that CPython can parse was given.")
        return 2
    return 0 if pct >= args.threshold else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("paths", nargs="*",
                    help="files or folders to check (default: the whole stdlib)")
    ap.add_argument("--glasspy", default=default_glasspy(), help="glasspy binary")
    ap.add_argument("--positions", action="store_true",
                    help="compare positions too (ast.dump include_attributes=True)")
    ap.add_argument("--threshold", type=float, default=99.5,
                    help="percent of identical files needed to pass (default 99.5)")
    ap.add_argument("--show-diff", metavar="FILE",
                    help="print both dumps around the first difference for FILE "
                         "(a path, or relative to the stdlib)")
    ap.add_argument("--context", type=int, default=300,
                    help="characters shown either side by --show-diff")
    ap.add_argument("--list-failures", action="store_true",
                    help="print every failing file (path, status, detail), one a line")
    ap.add_argument("--first", type=int, default=20, metavar="N",
                    help="how many failing files to describe (default 20)")
    ap.add_argument("-j", "--jobs", type=int, default=min(4, max(2, os.cpu_count() or 2)),
                    help="files checked at once (default 2-4 after the CPU count)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per file (default 10)")
    ap.add_argument("--budget", type=float, default=900.0,
                    help="seconds for the whole run; files not started by then fail (default 900)")
    ap.add_argument("--max-timeouts", type=int, default=25,
                    help="after this many timeouts the remaining files fail unrun (default 25)")
    args = ap.parse_args()

    warnings.simplefilter("ignore")  # SyntaxWarnings of ast.parse are not our business
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))

    if not (os.path.isfile(args.glasspy) and os.access(args.glasspy, os.X_OK)):
        print(f"dump_compare: glasspy binary not found or not executable: {args.glasspy}",
              file=sys.stderr)
        return 2

    global POSITIONS
    POSITIONS = args.positions
    root = stdlib_files.stdlib_dir()
    if args.show_diff:
        return show_diff(args, resolve(args.show_diff, root), args.context)

    files = []
    for p in args.paths or [root]:
        p = resolve(p, root)
        if not os.path.exists(p):
            print(f"dump_compare: no such file or folder: {p}", file=sys.stderr)
            return 2
        files.extend(stdlib_files.python_files(p))
    print(f"Checking {len(files)} files from {', '.join(args.paths) or root} "
          f"with {args.glasspy} ({args.jobs} at a time)", flush=True)

    start = time.monotonic()
    runner = Runner(args)
    threading.stack_size(64 * 1024 * 1024)  # deep nesting in ast.parse/ast.dump
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(runner.check, files))
    status = report(args, results, root, time.monotonic() - start)

    checked = [r for r in results if r["status"] != SKIPPED]
    if len(checked) == 1 and checked[0]["status"] != IDENTICAL and not args.list_failures:
        print()
        show_diff(args, checked[0]["path"], args.context)
    return status


if __name__ == "__main__":
    sys.exit(main())
