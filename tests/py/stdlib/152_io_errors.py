# What each layer says for a closed file, an unsupported operation, a bad mode.
import io
import os
import tempfile


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    with open("x", "w") as f:
        f.write("data\n")
    for mode, buffering in [("rb", 0), ("wb", 0), ("rb", -1), ("wb", -1), ("r+b", -1), ("r", -1), ("w", -1)]:
        f = open("x" if mode[0] == "r" else "y", mode, buffering=buffering)
        b = "b" in mode
        print(mode, buffering, type(f).__name__)
        attempt("  read", lambda: f.read(1))
        attempt("  write", lambda: f.write(b"z" if b else "z"))
        attempt("  readline", lambda: f.readline())
        attempt("  fileno", lambda: isinstance(f.fileno(), int))
        f.close()
        attempt("  closed read", lambda: f.read())
        attempt("  closed write", lambda: f.write(b"" if b else ""))
        attempt("  closed tell", lambda: f.tell())
        attempt("  closed flush", lambda: f.flush())
        attempt("  closed fileno", lambda: f.fileno())
        attempt("  closed iter", lambda: iter(f))
        attempt("  closed with", lambda: f.__enter__())
    for args, kwargs in [(("rw",), {}), (("rr",), {}), (("b",), {}), (("rtb",), {}), (("rq",), {}),
                         (("r",), {"buffering": 0}), (("rb",), {"encoding": "utf-8"}),
                         (("rb",), {"errors": "strict"}), (("rb",), {"newline": ""}),
                         (("r",), {"newline": "x"}), (("r",), {"encoding": "no-such"})]:
        attempt(f"open{args}{kwargs}", lambda: open("x", *args, **kwargs))
    attempt("FileIO rt", lambda: io.FileIO("x", "rt"))
    attempt("FileIO closefd", lambda: io.FileIO("x", closefd=False))
    attempt("FileIO neg", lambda: io.FileIO(-1))
    attempt("missing", lambda: open("nope"))
    attempt("directory", lambda: open("."))
    f = open("x", "rb")
    raw = f.detach()
    attempt("detached read", lambda: f.read())
    attempt("detached repr", lambda: repr(f))
    raw.close()
    f = open("x")
    f.detach().close()
    attempt("text detached", lambda: f.read())
    attempt("text detached repr", lambda: repr(f))
    with open("x") as f:
        attempt("text seek cur", lambda: f.seek(1, 1))
        attempt("text seek end", lambda: f.seek(1, 2))
        attempt("text seek neg", lambda: f.seek(-1))
        attempt("text write bytes", lambda: f.write(b"x"))
    os.chdir("/")
