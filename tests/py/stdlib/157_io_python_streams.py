# Python classes on the io ABCs: the base classes' readline, iteration, with, read/readall.
import io


class Numbers(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


r = Numbers(b"one\ntwo\nthree")
print(r.read(5), r.readline(), r.readall(), r.read())
r = Numbers(b"one\ntwo\nthree")
print(list(r), r.closed)
with Numbers(b"x") as r:
    print(r.readable(), r.writable(), r.seekable(), r.isatty())
print(r.closed)
try:
    r.read()
except ValueError as e:
    print(type(e).__name__, e)

b = io.BufferedReader(Numbers(b"alpha\nbeta\ngamma\n"))
print(repr(b), b.read(3), b.readline(), b.peek(1)[:1], b.read())
t = io.TextIOWrapper(io.BufferedReader(Numbers("ünï\ncode\n".encode())), encoding="utf-8")
print(t.readlines())


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print("hi", "there", file=u)
u.writelines(["a", "b"])
print(u.parts, u.encoding, u.newlines)
try:
    u.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    u.fileno()
except OSError as e:
    print(type(e).__name__, e)
print(isinstance(u, io.IOBase), isinstance(Numbers(b""), io.BufferedIOBase))
