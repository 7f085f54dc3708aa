"""Connections: the two ends of a Pipe, carrying pickled objects or raw
byte messages (CPython: multiprocessing/connection.py).

A message on the wire is a 4-byte big-endian length and the bytes.  A
duplex Pipe is a pair of connected AF_UNIX stream sockets; a one-way Pipe
is an os.pipe() (reader first).  poll() and wait() ask select.select.
"""
import os
import select

import _multiprocessing

from . import reduction

__all__ = ['Connection', 'Pipe', 'wait']


def _fd_ready(fds, timeout):
    """The descriptors among fds with something to read (or at EOF)."""
    while True:
        try:
            return select.select(fds, [], [], timeout)[0]
        except InterruptedError:
            continue


class Connection:
    """One end of a Pipe."""

    _fd = None

    def __init__(self, fd, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._fd = fd
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._fd is not None:
            self._close()

    def _check_closed(self):
        if self._fd is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._fd is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._fd

    def _close(self):
        fd, self._fd = self._fd, None
        os.close(fd)

    def close(self):
        if self._fd is not None:
            self._close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def _send(self, data):
        while data:
            n = os.write(self._fd, data)
            data = data[n:]

    def _recv(self, size):
        chunks = []
        while size:
            chunk = os.read(self._fd, size)
            if not chunk:
                if chunks:
                    raise OSError("got end of file during message")
                raise EOFError
            chunks.append(chunk)
            size -= len(chunk)
        return b''.join(chunks)

    def send_bytes(self, buf, offset=0, size=None):
        """Sends the bytes buf[offset:offset+size] as one message."""
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self._send(size.to_bytes(4, 'big') + data[offset:offset + size])

    def send(self, obj):
        """Sends a picklable object."""
        self._check_closed()
        self._check_writable()
        self.send_bytes(reduction.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """The next message, as bytes; EOFError when the other end is closed."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        size = int.from_bytes(self._recv(4), 'big')
        if maxlength is not None and size > maxlength:
            self.close()
            raise OSError("bad message length")
        return self._recv(size)

    def recv(self):
        """The next object sent."""
        return reduction.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        """Whether there is something to read (waiting up to timeout;
        None waits for ever)."""
        self._check_closed()
        self._check_readable()
        return bool(_fd_ready([self._fd], timeout))

    def __reduce__(self):
        return (_rebuild_connection, (reduction.DupFd(self._fd), self._readable, self._writable))


def _rebuild_connection(fd, readable, writable):
    return Connection(fd, readable, writable)


def Pipe(duplex=True):
    """Two Connections: (reader, writer), or two duplex ends."""
    if duplex:
        s1, s2 = _multiprocessing.socketpair()
        return Connection(s1), Connection(s2)
    r, w = os.pipe()
    return Connection(r, writable=False), Connection(w, readable=False)


def wait(object_list, timeout=None):
    """The objects of object_list (Connections, Process sentinels,
    descriptors) that are ready to be read."""
    by_fd = {}
    for o in object_list:
        fd = o if isinstance(o, int) else o.fileno()
        by_fd.setdefault(fd, []).append(o)
    ready = _fd_ready(list(by_fd), timeout)
    return [o for fd in ready for o in by_fd[fd]]
