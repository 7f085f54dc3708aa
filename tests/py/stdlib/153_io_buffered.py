# The buffered layer: peek, read1, readinto, seek/tell, truncate, BufferedRandom.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data")
    with open(path, "wb") as f:
        print(f.write(b"line one\nline two\n" + bytes(range(65, 91))))
        print(f.tell(), f.writable(), f.readable(), f.seekable())
    with open(path, "rb") as f:
        print(f.peek(1)[:9], f.tell())
        print(f.read1(4), f.tell())
        print(f.readline(), f.readline(3))
        buf = bytearray(5)
        print(f.readinto(buf), buf)
        print(f.read(3), f.read1(2), f.read(), f.read(), f.read1(5))
        print(f.seek(5), f.read(3), f.seek(-3, 2), f.read(), f.seek(0, 1))
        f.seek(0)
        print(list(f))
        f.seek(0)
        print(f.readlines(), f.raw.tell() >= f.tell())
    with open(path, "r+b") as f:
        print(f.read(4))
        f.write(b"-ONE")
        f.seek(0)
        print(f.read(9))
        print(f.truncate(9), f.tell())
        f.seek(0, 2)
        print(f.tell())
        f.write(b"tail")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "ab") as f:
        print(f.tell(), f.write(b"!"))
    with open(path, "rb", buffering=0) as f:
        print(f.readall(), f.read(), f.readall())
    b = io.BufferedReader(io.FileIO(path))
    print(repr(b).replace(path, "PATH"), b.read(4), b.raw.closefd)
    b.close()
    print(b.closed, b.raw.closed)
    w = io.BufferedWriter(io.FileIO(path, "w"), buffer_size=4)
    w.write(b"abcdefgh")
    w.flush()
    w.close()
    r = io.BufferedRandom(io.FileIO(path, "r+"))
    print(r.read(), r.seek(0), r.write(b"AB"), r.read(2), r.tell())
    r.close()
    with open(path, "rb") as f:
        print(f.read())
    try:
        io.BufferedReader(io.FileIO(path, "w"))
    except OSError as e:
        print(type(e).__name__, e)
    try:
        io.BufferedReader(io.FileIO(path), buffer_size=0)
    except ValueError as e:
        print(type(e).__name__, e)
