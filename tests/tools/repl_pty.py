#!/usr/bin/env python3
"""Drives the real glasspy prompt in a pseudo-terminal, as a person would:
keys go in, and a small terminal emulator keeps the screen they produce, so
that the checks are on what the screen shows (not on libedit's redraws).

    repl_pty.py --glasspy build/glasspy

HOME and GLASSPY_HISTORY point into a temporary folder, NO_COLOR keeps the
screen plain.  Each step waits (up to a timeout) for text to appear.
"""

import argparse
import contextlib
import fcntl
import os
import pty
import re
import select
import struct
import sys
import tempfile
import termios
import time

UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"
CTRL_R = "\x12"
PASTE_ON, PASTE_OFF = "\x1b[?2004h", "\x1b[?2004l"


def pasted(text):
    """What a terminal in bracketed-paste mode sends for pasted text (a
    newline goes as CR, the Enter key)."""
    return "\x1b[200~" + text.replace("\n", "\r") + "\x1b[201~"

COLUMNS = 100


class Screen:
    """Enough of a VT100 for libedit: printable text, CR, LF, BS, and the CSI
    sequences that move the cursor or erase; colours are ignored.  Rows are
    never scrolled away, so the whole session stays readable."""

    CSI = re.compile(r"\x1b\[([0-9;?]*)([ -/]*)([@-~])")

    def __init__(self):
        self.rows = [[]]
        self.row = self.col = 0

    def _line(self):
        while len(self.rows) <= self.row:
            self.rows.append([])
        line = self.rows[self.row]
        while len(line) < self.col:
            line.append(" ")
        return line

    def feed(self, text):
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\x1b":
                m = self.CSI.match(text, i)
                if m:
                    self._csi(m.group(1), m.group(3))
                    i = m.end()
                    continue
                i += 2  # ESC x: nothing on screen
                continue
            if ch == "\r":
                self.col = 0
            elif ch == "\n":
                self.row += 1
            elif ch == "\b":
                self.col = max(0, self.col - 1)
            elif ch in "\x07\x00":
                pass
            else:
                if self.col >= COLUMNS:
                    self.row += 1
                    self.col = 0
                line = self._line()
                if self.col < len(line):
                    line[self.col] = ch
                else:
                    line.append(ch)
                self.col += 1
            i += 1

    def _csi(self, params, final):
        numbers = [int(p) if p.isdigit() else 0 for p in params.replace("?", "").split(";")] if params else []
        n = numbers[0] if numbers and numbers[0] else 1
        if final == "A":
            self.row = max(0, self.row - n)
        elif final == "B":
            self.row += n
        elif final == "C":
            self.col += n
        elif final == "D":
            self.col = max(0, self.col - n)
        elif final == "G":
            self.col = n - 1
        elif final == "H":
            self.row, self.col = (numbers[0] - 1 if numbers else 0), (numbers[1] - 1 if len(numbers) > 1 else 0)
        elif final == "K":
            line = self._line()
            del line[self.col:]
        elif final == "J":
            del self._line()[self.col:]
            del self.rows[self.row + 1:]
        elif final == "P":
            line = self._line()
            del line[self.col:self.col + n]
        elif final == "@":
            line = self._line()
            line[self.col:self.col] = [" "] * n

    def text(self):
        return "\n".join("".join(line).rstrip() for line in self.rows)

    def cursor_text(self):
        """The cursor's line up to the cursor, spaces kept."""
        return "".join(self._line())[:self.col]

    def cursor_line(self):
        return "".join(self._line()).rstrip()


class Session:
    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(argv[0], argv, env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, COLUMNS, 0, 0))
        self.screen = Screen()
        self.raw = b""
        self.status = None

    def pump(self, seconds):
        end = time.time() + seconds
        while True:
            left = end - time.time()
            if left <= 0:
                return
            r, _, _ = select.select([self.fd], [], [], min(left, 0.05))
            if r:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                self.raw += data
                self.screen.feed(data.decode("utf-8", "replace"))

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def wait_for(self, predicate, timeout=10.0):
        end = time.time() + timeout
        while time.time() < end:
            if predicate(self.screen.text()):
                return True
            self.pump(0.05)
        return predicate(self.screen.text())

    def wait_exit(self, timeout=10.0):
        end = time.time() + timeout
        while time.time() < end:
            self.pump(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
        return None

    def kill(self):
        if self.status is None:
            try:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            except OSError:
                pass


class Checks:
    def __init__(self, session):
        self.s = session
        self.failed = 0
        self.passed = 0

    def expect(self, what, predicate, timeout=10.0):
        ok = self.s.wait_for(predicate, timeout)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}\n----- screen -----\n{self.s.screen.text()}\n------------------")
        return ok

    def typed(self, keys, what, text=None, count=None, timeout=10.0):
        """Sends keys, then waits for `text` to be on screen (`count` times)."""
        before = self.s.screen.text().count(text) if text is not None else 0
        self.s.send(keys)
        want = before + 1 if count is None else count
        return self.expect(what, lambda screen: screen.count(text) >= want, timeout)

    def exits_with(self, want, what):
        status = self.s.wait_exit()
        if status == want:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what} should exit with status {want}, got {status}")

    def prompt_ready(self):
        return self.expect("a fresh >>> prompt", lambda _: self.s.screen.cursor_line() == ">>>")


@contextlib.contextmanager
def session(argv, env, checks_out):
    """A Session and its Checks; the process is killed at the end and the
    checks counted."""
    s = Session(argv, env)
    c = Checks(s)
    try:
        yield s, c
    finally:
        s.kill()
        checks_out.append(c)


def first_session(glasspy, env, checks_out):
    with session([glasspy], env, checks_out) as (s, c):
        c.expect("the banner", lambda t: "Python 3.11" in t and ":help" in t)
        c.prompt_ready()
        c.typed("6 * 7\r", "an expression's repr is echoed", "\n42\n")
        c.typed("_ + 1\r", "_ holds the last value", "\n43\n")
        c.typed("None\r", "None is not echoed (the prompt comes straight back)", "\n>>> None\n>>>")
        # A block: continuation prompt, auto-indent after ':', ended by an empty line.
        s.send("def double(x):\r")
        c.expect("a continuation prompt, indented after ':'", lambda _: s.screen.cursor_text() == "...     ")
        c.typed("return x * 2\r", "the indented line reads as typed", "...     return x * 2")
        c.typed("\r", "an empty line ends the block", ">>>", count=None)
        c.typed("double(21)\r", "the function runs", "\n42\n")
        # A traceback does not end the session.
        c.typed("1/0\r", "a traceback", "ZeroDivisionError: division by zero")
        c.expect("with CPython's <stdin> line", lambda t: 'File "<stdin>", line 1, in <module>' in t)
        c.typed("'still here'\r", "the session goes on after it", "'still here'", count=2)
        # Tab completion: a name, then an attribute.
        c.typed("doub\t", "a global name completes (with '(' as rlcompleter adds)", ">>> double(")
        c.typed("5)\r", "the completed call runs", "\n10\n")
        c.typed("import sys\r", "import", ">>> import sys")
        c.typed("sys.getrefc\t", "an attribute completes", ">>> sys.getrefcount")
        c.typed("(None) > 1\r", "the completed attribute runs", "\nTrue\n")
        # History: Up recalls the last line.
        c.typed(UP, "Up recalls the previous line", ">>> sys.getrefcount(None) > 1", count=2)
        c.typed("\r", "the recalled line runs", "\nTrue\n", count=2)
        # Ctrl-C while reading drops the line; while running interrupts.
        c.typed("abandoned" + CTRL_C, "Ctrl-C at the prompt", "KeyboardInterrupt")
        c.prompt_ready()
        c.typed("while True: pass\r", "an endless loop starts", "\n...")
        s.send("\r")
        s.pump(0.5)
        c.typed(CTRL_C, "Ctrl-C interrupts the running loop", "KeyboardInterrupt", count=2)
        c.expect("with a traceback", lambda t: t.count("Traceback (most recent call last):") == 2)
        c.typed("'alive'\r", "the prompt works after the interrupt", "\n'alive'\n")
        # Meta-commands.
        c.typed(":help\r", ":help lists the commands", ":dis NAME|CODE")
        c.typed(":dis double\r", ":dis disassembles a function", "RETURN_VALUE")
        c.typed(":ast x = 1\r", ":ast shows the syntax tree",
                "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])")
        c.typed(":time 1 + 1\r", ":time times the code", "best of 5:", timeout=30)
        c.typed(":tour\r", ":tour shows its first step", "tour>")
        c.typed("\r", "Enter runs the step with its trace on", "[bind] b -> list")
        c.expect("the step's list is freed onto the free list", lambda t: "kept on the list free list" in t)
        c.typed("q\r", "q leaves the tour", ">>>")
        c.typed("lst = [1]\r", "a list for the trace", ">>>")
        c.typed(":watch lst\r", ":watch starts the trace", ">>>")
        c.typed("other = lst\r", "the watched list's count goes up", "1 -> 2")
        c.typed(":trace off\r", ":trace off stops it", ">>>")
        c.typed(":step z = len(lst)\r", ":step stops before the line", "lst = [1] (refcount 2)")
        c.typed("c\r", "c runs the rest", "step> c\n>>>")
        c.typed(":gc\r", ":gc shows the generations", "generation 2:")
        c.typed(":hel\t", "meta-commands complete", ">>> :help")
        s.send("\x15")  # Ctrl-U: drop the completed line
        s.send("\r")
        # Ctrl-D leaves with status 0.
        c.prompt_ready()
        s.send(CTRL_D)
        c.exits_with(0, "Ctrl-D")


def second_session(glasspy, env, checks_out):
    """History survives the session; a bare `exit` leaves."""
    with session([glasspy], env, checks_out) as (s, c):
        c.prompt_ready()
        c.typed(UP, "history from the previous session", ">>> :gc")
        s.send("\x15")
        c.typed(CTRL_R + "double(2", "Ctrl-R finds an older line", "double(21)")
        s.send("\r")
        c.expect("the found line runs", lambda t: "NameError" in t)
        c.prompt_ready()
        s.send("exit\r")
        c.exits_with(0, "a bare exit")


def paste_session(glasspy, env, checks_out):
    """Bracketed paste: a pasted block runs whole, as if it were a file run
    statement by statement; a block is one history entry."""
    with session([glasspy], env, checks_out) as (s, c):
        c.prompt_ready()
        ok = PASTE_ON in s.raw.decode("utf-8", "replace")
        c.passed += ok
        c.failed += not ok
        if not ok:
            print("FAIL: bracketed paste mode should be on at the prompt")
        block = ("class A:\n    def f(self):\n        return 1\n\n    def g(self):\n        return 2\n\n"
                 "A().f() + A().g()\n")
        c.typed(pasted(block), "a pasted class with a blank line between its methods runs whole", "\n3\n")
        c.expect("the paste is shown with ... prompts",
                 lambda t: ">>> class A:\n...     def f(self):\n...         return 1\n...\n...     def g(self):" in t)
        c.prompt_ready()
        c.typed(pasted("a = 10\n\n\nb = 20\na + b\ndef f():\n    return 5\nf()\n"),
                "statements separated by blank lines, a def and its call: each value echoed", "\n30\n5\n")
        c.prompt_ready()
        c.typed(UP, "Up recalls the pasted block as one entry", ">>> a = 10\n\n\nb = 20\na + b\ndef f():\n    return 5\nf()")
        c.typed("\r", "Enter runs the recalled block again", "\n30\n5\n", count=2)
        # No auto-indent inside a paste, nor before it at a continuation prompt.
        c.prompt_ready()
        c.typed(pasted("if True:\n    w = 3\n    w += 1\nw\n"), "a pasted if and its value", "\n4\n")
        c.expect("the pasted lines keep their own indentation", lambda t: "\n...     w += 1\n" in t)
        c.prompt_ready()
        s.send("def h():\r")
        c.expect("an auto-indented continuation prompt", lambda _: s.screen.cursor_text() == "...     ")
        c.typed(pasted("    v = 7\n\n    return v\n"), "a pasted body replaces the auto-indent", "\n...     v = 7\n")
        c.prompt_ready()
        c.typed("h()\r", "the function with the pasted body runs", "\n7\n")
        # Errors: a SyntaxError anywhere runs nothing; an exception stops the rest.
        c.typed(pasted("print('ran')\ndef bad(:\n    pass\n"), "a SyntaxError in a paste", "SyntaxError: invalid syntax")
        c.expect("reported as CPython does, at the paste's line 2, and nothing ran",
                 lambda t: 'File "<stdin>", line 2\n    def bad(:\n            ^\nSyntaxError' in t and "\nran\n" not in t)
        c.prompt_ready()
        c.typed(pasted("print('one')\n1/0\nprint('two')\n"), "an exception in the middle of a paste",
                "ZeroDivisionError: division by zero")
        c.expect("its traceback counts lines from the paste's start, and the rest does not run",
                 lambda t: '\none\nTraceback (most recent call last):\n  File "<stdin>", line 2, in <module>' in t
                 and "\ntwo\n" not in t)
        # Ctrl-C: while a paste runs, and while it is still arriving.
        c.prompt_ready()
        c.typed(pasted("n = 0\nwhile True: n += 1\nprint('after')\n"), "a pasted endless loop starts", "print('after')")
        s.pump(0.5)
        c.typed(CTRL_C, "Ctrl-C interrupts the pasted code", "KeyboardInterrupt")
        c.prompt_ready()
        c.typed("n > 0 and 'after' not in dir()\r", "the statements after the interrupted one did not run", "\nTrue\n")
        s.send("\x1b[200~junk = 1\r")
        s.pump(0.3)
        c.typed(CTRL_C + "more = 2\r\x1b[201~", "Ctrl-C while a paste arrives", "KeyboardInterrupt", count=2)
        c.prompt_ready()
        c.typed("'junk' in dir(), 'more' in dir()\r", "the interrupted paste is dropped whole", "(False, False)")
        # A paste without a final newline is edited before it runs.
        c.prompt_ready()
        s.send("x = ")
        c.typed(pasted("40 + 2"), "a one-line paste is inserted at the cursor", ">>> x = 40 + 2")
        s.pump(0.3)
        c.expect("and waits for Enter", lambda _: s.screen.cursor_line() == ">>> x = 40 + 2")
        c.typed("\rx\r", "then runs", "\n42\n")
        c.prompt_ready()
        s.send(pasted("'a\tb'"))
        c.typed("\r", "a pasted tab is text, not completion", "'a\\tb'")
        c.prompt_ready()
        c.typed("'h\u00e9'\r", "non-ASCII text typed", "\n'h\u00e9'\n")
        c.prompt_ready()
        s.send(pasted("'\u00fc\u20ac'"))
        c.typed("\r", "non-ASCII text pasted into the line", "\n'\u00fc\u20ac'\n")
        c.prompt_ready()
        c.typed(pasted("z = 1\nz + 1"), "a block pasted without a final newline is shown for editing", ">>> z = 1\nz + 1")
        s.pump(0.3)
        c.expect("and has not run", lambda t: t.endswith(">>> z = 1\nz + 1"))
        c.typed("5\r", "Enter runs the edited block", "\n16\n")
        # Program output comes with the paste mode off.
        c.prompt_ready()
        c.typed("print('marker')\r", "print", "\nmarker\n")
        raw = s.raw.decode("utf-8", "replace")
        before = raw[:raw.rindex("marker\r\n")]
        ok = before.rfind(PASTE_OFF) > before.rfind(PASTE_ON)
        c.passed += ok
        c.failed += not ok
        if not ok:
            print("FAIL: bracketed paste mode should be off while code runs")
        # A typed block is one history entry.
        c.prompt_ready()
        s.send("def triple(x):\r")
        c.expect("a continuation prompt", lambda _: s.screen.cursor_text() == "...     ")
        c.typed("return x * 3\r", "a typed block", "...     return x * 3")
        c.typed("\r", "ended by an empty line", ">>>")
        c.typed(UP, "one Up recalls the whole block, shown across lines", ">>> def triple(x):\n    return x * 3")
        c.typed("\rtriple(2)\r", "Enter defines it again, and it runs", "\n6\n")
        c.prompt_ready()
        s.send("for k in range(2):\r")
        c.expect("a continuation prompt", lambda _: s.screen.cursor_text() == "...     ")
        c.typed("print(k * 10)\r", "a for loop", "...     print(k * 10)")
        c.typed("\r", "the for loop runs", "\n0\n10\n")
        c.prompt_ready()
        s.send(CTRL_D)
        s.wait_exit()


def history_block_session(glasspy, env, checks_out):
    """A block from the previous session is recalled whole, and runs."""
    with session([glasspy], env, checks_out) as (s, c):
        c.prompt_ready()
        c.typed(UP, "a block from the previous session", ">>> for k in range(2):\n    print(k * 10)")
        c.typed("\r", "runs again", "\n0\n10\n")
        c.prompt_ready()
        s.send(CTRL_D)
        s.wait_exit()


def trace_colour(glasspy, env, checks_out):
    """Trace events at a terminal: tags in colour, unless NO_COLOR is set."""
    program = [glasspy, "--trace=refcount", "--trace-watch=x", "-c", "x = [1]"]
    for no_colour, want in ((None, "\x1b[33m[bind]\x1b[0m x -> list"), ("1", "[bind] x -> list")):
        session_env = {k: v for k, v in env.items() if k != "NO_COLOR"}
        if no_colour:
            session_env["NO_COLOR"] = no_colour
        s = Session(program, session_env)
        c = Checks(s)
        try:
            s.wait_exit()
            raw = s.raw.decode("utf-8", "replace")
            ok = want in raw and (no_colour is None or "\x1b[" not in raw)
            c.passed += ok
            c.failed += not ok
            if not ok:
                print(f"FAIL: trace events (NO_COLOR={no_colour}) should contain {want!r}: {raw!r}")
        finally:
            s.kill()
        checks_out.append(c)


PDB_SCRIPT = """def double(n):
    result = n * 2
    return result

x = 21
y = double(x)
print('y is', y)
"""

# (keys, text the step shows when done): a pdb session stepping into a
# call, printing, listing, returning, and running to the end.
PDB_KEYS = [("n\r", "-> x = 21"), ("n\r", "-> y = double(x)"), ("s\r", "--Call--"),
            ("n\r", "-> result = n * 2"), ("p n\r", "\n21\n"), ("l\r", "[EOF]"),
            ("r\r", "--Return--"), ("w\r", "<module>()"), ("c\r", "y is 42"), ("q\r", None)]


def pdb_screen(program, env, folder):
    """The screen after the pdb session of PDB_KEYS under `program`."""
    script = os.path.join(folder, "stepped.py")
    with open(script, "w") as f:
        f.write(PDB_SCRIPT)
    s = Session([program, "-m", "pdb", script], env)
    c = Checks(s)
    try:
        c.expect(f"{program}: the first (Pdb) prompt", lambda t: t.endswith("(Pdb)"))
        for keys, shown in PDB_KEYS:
            before = s.screen.text().count("(Pdb)")
            s.send(keys)
            if shown is None:
                s.wait_exit()
                break
            c.expect(f"{program}: {keys.strip()!r} shows {shown.strip()!r}",
                     lambda t: shown in t and t.count("(Pdb)") > before and t.endswith("(Pdb)"))
        return s.screen.text(), c
    finally:
        s.kill()


# Where bdb.py is and the line of its run() differ (CPython's file on disk,
# glasspy's embedded one): the frame is compared as "<stdlib>/bdb.py(N)".
BDB_FRAME = re.compile(r"\S*/bdb\.py\(\d+\)")


def pdb_session(glasspy, env, checks_out, folder):
    """glasspy -m pdb at a terminal: the screen must be python3 -m pdb's."""
    python3 = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"
    theirs, _ = pdb_screen(python3, env, folder)
    mine, c = pdb_screen(glasspy, env, folder)
    theirs, mine = (BDB_FRAME.sub("<stdlib>/bdb.py(N)", screen) for screen in (theirs, mine))
    if mine == theirs:
        c.passed += 1
    else:
        c.failed += 1
        import difflib
        diff = "\n".join(difflib.unified_diff(theirs.splitlines(), mine.splitlines(), "python3", "glasspy", lineterm=""))
        print(f"FAIL: the pdb session's screen differs from python3's:\n{diff}")
    checks_out.append(c)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--glasspy", required=True)
    opts = parser.parse_args()
    glasspy = os.path.abspath(opts.glasspy)
    with tempfile.TemporaryDirectory(prefix="gp_repl_") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "GLASSPY"))}
        env.update(HOME=home, GLASSPY_HISTORY=os.path.join(home, "history"), NO_COLOR="1", TERM="xterm")
        results = []
        first_session(glasspy, env, results)
        history = open(env["GLASSPY_HISTORY"]).read() if os.path.exists(env["GLASSPY_HISTORY"]) else ""
        if "double" not in history:
            print("FAIL: the history file was not written")
            results[0].failed += 1
        second_session(glasspy, env, results)
        paste_session(glasspy, env, results)
        history_block_session(glasspy, env, results)
        trace_colour(glasspy, env, results)
        pdb_session(glasspy, env, results, home)
    passed = sum(c.passed for c in results)
    failed = sum(c.failed for c in results)
    print(f"repl_pty: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
