"""In-memory streams (StringIO, BytesIO) and the names of the io module.

Files from open() are native (stdlib/io_file.cpp); the in-memory streams
are written here: a StringIO is a str with a position, a BytesIO a
bytearray with one.  Both behave like files: read, write, seek, tell,
readline, iteration, with-blocks, close.
"""
import sys

open = open  # the builtin, as io.open
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192
TextIOWrapper = type(sys.stdout)


def _unsupported_operation():
    # The class the native files raise (an OSError and a ValueError).
    try:
        sys.__stdout__.read()
    except Exception as error:
        return type(error)


UnsupportedOperation = _unsupported_operation()
del _unsupported_operation


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


class StringIO(_MemoryStream):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        super().__init__("")
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


class BytesIO(_MemoryStream):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytearray())
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
