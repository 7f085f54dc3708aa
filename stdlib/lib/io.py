"""The io module: CPython's layered streams and their abstract classes.

Files from open() and sys.stdin/stdout/stderr are native (stdlib/io_*.cpp):
a TextIOWrapper over a BufferedReader/BufferedWriter/BufferedRandom over a
FileIO.  Written here: the ABCs (IOBase, RawIOBase, BufferedIOBase,
TextIOBase) that wrap the native bases and register the concrete classes,
as CPython's Lib/io.py does; the in-memory streams (a StringIO is a str with
a position, a BytesIO a bytearray with one); BufferedRWPair and
IncrementalNewlineDecoder.
"""
import abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, FileIO,
                 BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def open_code(path):
    """Opens the file at path for reading as code: binary, read-only."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding to use: the one given, else "locale" (what open() resolves)."""
    return "locale" if encoding is None else encoding


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

    def __init__(self, empty):
        self._buffer = empty
        self._pos = 0
        self._closed = False

    _closed_message = "I/O operation on closed file."

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _read(self, size):
        self._check_open()
        end = len(self._buffer) if size is None or size < 0 else min(self._pos + size, len(self._buffer))
        start = min(self._pos, end)
        self._pos = max(self._pos, end)
        return self._buffer[start:end]

    def _readline(self, newline, size):
        self._check_open()
        start = min(self._pos, len(self._buffer))
        end = self._buffer.find(newline, start)
        end = len(self._buffer) if end < 0 else end + len(newline)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buffer[start:end]

    def _seek(self, pos, whence):
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buffer = self._buffer[:size]
        return size


def _share(cls):
    # The in-memory streams keep CPython's MRO (StringIO, _TextIOBase,
    # _IOBase, object), so what they share is copied into each class
    # rather than inherited from _MemoryStream.
    for name, value in vars(_MemoryStream).items():
        if name not in ("__dict__", "__weakref__", "__module__", "__qualname__", "__doc__") and name not in vars(cls):
            setattr(cls, name, value)
    return cls


@_share
class StringIO(_io._TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        _MemoryStream.__init__(self, "")
        self._newline = newline
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._newline is None:  # universal newlines: stored as '\n'
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        buffer = self._buffer
        if self._pos == len(buffer):
            self._buffer = buffer + s
        else:
            if self._pos > len(buffer):
                buffer += "\0" * (self._pos - len(buffer))
            self._buffer = buffer[:self._pos] + s + buffer[self._pos + len(s):]
        self._pos += len(s)
        return n

    def getvalue(self):
        self._check_open()
        return self._buffer

    def read(self, size=-1):
        return self._read(size)

    def readline(self, size=-1):
        return self._readline("\n" if self._newline in (None, "", "\n") else self._newline, size)

    def seek(self, pos, whence=0):
        if whence != SEEK_SET and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        return self._seek(pos, whence)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


@_share
class BytesIO(_io._BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        _MemoryStream.__init__(self, bytearray())
        if initial_bytes:
            self._buffer = bytearray(initial_bytes)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        end = self._pos + len(data)
        if self._pos > len(self._buffer):
            self._buffer += b"\0" * (self._pos - len(self._buffer))
        self._buffer[self._pos:end] = data
        self._pos = end
        return len(data)

    def getvalue(self):
        self._check_open()
        return bytes(self._buffer)

    def read(self, size=-1):
        return bytes(self._read(size))

    read1 = read

    def readline(self, size=-1):
        return bytes(self._readline(b"\n", size))

    def seek(self, pos, whence=0):
        return self._seek(pos, whence)


class BufferedRWPair(_io._BufferedIOBase):
    """A reader and a writer joined as one stream (a pipe's two ends, a socket)."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    """Wraps a decoder (or none: the input is str) and translates newlines.

    With translate, "\r\n" and "\r" come out as "\n"; a "\r" at the end of
    one input waits for the next, which may begin with "\n".  .newlines
    tells which kinds were seen.
    """

    __module__ = "_io"
    _CR, _LF, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        buf, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buf, (flag << 1) | self._pendingcr

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]


# The ABCs: the native bases under abc.ABCMeta, so that classes can
# register as streams (CPython's Lib/io.py).
class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass
