# The io classes: MROs as CPython's, the ABCs and what is registered with them.
import io
import sys

for cls in (io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper, io.StringIO, io.BytesIO,
            io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    print(cls.__name__, [c.__module__ + "." + c.__qualname__ for c in cls.__mro__])
print(io.UnsupportedOperation.__mro__[1:3], io.BlockingIOError is BlockingIOError)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(io.IncrementalNewlineDecoder.__module__, io.text_encoding(None), io.text_encoding("latin-1"))

samples = {"StringIO": io.StringIO(), "BytesIO": io.BytesIO(), "stdout": sys.stdout,
           "stdin.buffer": sys.stdin.buffer}
for name, obj in samples.items():
    print(name, [isinstance(obj, c) for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.FileIO, io.IOBase),
      issubclass(io.BufferedRandom, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.TextIOBase),
      issubclass(io.TextIOWrapper, io.RawIOBase))
print(type(sys.stdout).__name__, type(sys.stdin).__name__, type(sys.stderr).__name__)
print(repr(sys.stdout), sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stderr.errors)
print(type(sys.stdin.buffer).__name__, repr(sys.stdin.buffer.raw))
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdout.fileno(), sys.stderr.fileno())
