# FileIO, the raw layer: one system call per method; descriptors, closefd, opener.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f")
    f = io.FileIO(path, "w")
    print(repr(f).replace(path, "PATH"), f.mode, f.closefd, f.writable(), f.readable(), f.seekable())
    print(f.write(b"0123456789"), f.tell(), f.truncate(4), f.tell(), f.seek(0, 2))
    f.close()
    print(repr(f), f.closed)
    f = io.FileIO(path)
    b = bytearray(3)
    print(f.readinto(b), b, f.read(10), f.read(), f.readall(), f.seek(1), f.readall())
    fd = f.fileno()
    f.close()
    fd = os.open(path, os.O_RDONLY)
    g = io.FileIO(fd, closefd=False)
    print(repr(g).replace(f"={fd} ", "=FD "), g.name == fd, g.read())
    g.close()
    print(os.read(fd, 1), os.lseek(fd, 0, 0))
    os.close(fd)
    calls = []

    def opener(p, flags):
        calls.append(p == path)
        return os.open(p, flags)

    with open(path, "a", opener=opener) as h:
        h.write("++")
    print(calls, open(path).read())
    with io.FileIO(path, "r+") as h:
        print(h.mode, h.read(2), h.write(b"AB"), h.seek(0), h.read())
    print(isinstance(io.FileIO(path).name, str))
