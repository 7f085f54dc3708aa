# open() builds CPython's layers: FileIO, a Buffered* over it, a TextIOWrapper on top.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    with open("x", "w") as f:
        f.write("hello\n")
    for mode, buffering in [("r", -1), ("w", -1), ("a", -1), ("r+", -1), ("w+", -1),
                            ("rb", -1), ("wb", -1), ("ab", -1), ("r+b", -1), ("a+b", -1),
                            ("rb", 0), ("wb", 0), ("r+b", 0), ("ab", 0), ("r", 1), ("rb", 4096)]:
        f = open("x", mode, buffering=buffering)
        print(mode, buffering, type(f).__name__, repr(f), f.name, f.mode)
        layer = f
        while True:
            nxt = getattr(layer, "buffer", None) or getattr(layer, "raw", None)
            if nxt is None:
                break
            print("   ", type(nxt).__name__, repr(nxt), nxt.mode)
            layer = nxt
        f.close()
        print("    closed", f.closed, repr(f))
    f = open("y", "xb")
    print(repr(f), f.raw.mode)
    f.close()
    f = open("x")
    print(f.line_buffering, f.write_through, f.encoding, f.errors, f.newlines)
    print(f.buffer.raw.closefd, f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
    f.close()
    fd = os.open("x", os.O_RDONLY)
    f = open(fd, closefd=False)
    print(repr(f), f.read())
    f.close()
    print(os.read(fd, 5))
    os.close(fd)
    os.chdir("/")
