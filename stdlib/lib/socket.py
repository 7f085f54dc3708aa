"""Network sockets: the socket class over the _socket module's system calls.

A socket object owns one file descriptor.  Its family, type and protocol
are fixed when it is made; its timeout decides how the calls wait (see
stdlib/socket_calls.cpp): None blocks, 0.0 never waits (BlockingIOError),
a number of seconds waits that long, then raises TimeoutError ("timed out").
The API, reprs and messages are CPython's Lib/socket.py; this
implementation is glasspy's own.
"""

import _socket
import sys
from enum import IntEnum, IntFlag
from _socket import *

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "socket",
           "socketpair", "getaddrinfo", "getdefaulttimeout",
           "setdefaulttimeout", "error", "timeout", "gaierror", "herror",
           "gethostname", "gethostbyname", "htons", "ntohs", "htonl", "ntohl",
           "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop"]
__all__.extend(name for name in dir(_socket) if name.isupper())


class AddressFamily(IntEnum):
    """Socket families (AF_*)."""
    AF_UNSPEC = _socket.AF_UNSPEC
    AF_UNIX = _socket.AF_UNIX
    AF_INET = _socket.AF_INET
    AF_INET6 = _socket.AF_INET6


class SocketKind(IntEnum):
    """Socket types (SOCK_*)."""
    SOCK_STREAM = _socket.SOCK_STREAM
    SOCK_DGRAM = _socket.SOCK_DGRAM
    SOCK_RAW = _socket.SOCK_RAW
    SOCK_SEQPACKET = _socket.SOCK_SEQPACKET
    SOCK_NONBLOCK = _socket.SOCK_NONBLOCK
    SOCK_CLOEXEC = _socket.SOCK_CLOEXEC


class MsgFlag(IntFlag):
    """Flags of send and recv (MSG_*)."""
    MSG_OOB = _socket.MSG_OOB
    MSG_PEEK = _socket.MSG_PEEK
    MSG_DONTROUTE = _socket.MSG_DONTROUTE
    MSG_TRUNC = _socket.MSG_TRUNC
    MSG_DONTWAIT = _socket.MSG_DONTWAIT
    MSG_EOR = _socket.MSG_EOR
    MSG_WAITALL = _socket.MSG_WAITALL
    MSG_NOSIGNAL = _socket.MSG_NOSIGNAL


class AddressInfo(IntFlag):
    """Flags of getaddrinfo (AI_*)."""
    AI_PASSIVE = _socket.AI_PASSIVE
    AI_CANONNAME = _socket.AI_CANONNAME
    AI_NUMERICHOST = _socket.AI_NUMERICHOST
    AI_V4MAPPED = _socket.AI_V4MAPPED
    AI_ALL = _socket.AI_ALL
    AI_ADDRCONFIG = _socket.AI_ADDRCONFIG
    AI_NUMERICSERV = _socket.AI_NUMERICSERV


# The module's constants are the enums' members, as in CPython
# (socket.AF_INET is <AddressFamily.AF_INET: 2>).
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    for _member in _enum:
        globals()[_member.name] = _member
del _enum, _member


def _intenum_converter(value, enum_klass):
    """The enum member for value, or value itself if it has none."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


_default_timeout = None


def getdefaulttimeout():
    """The timeout new sockets get (None: they block)."""
    return _default_timeout


def setdefaulttimeout(timeout):
    """Set the timeout new sockets get."""
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def _timeout_value(timeout):
    if timeout is None:
        return None
    try:
        value = float(timeout)
    except (TypeError, ValueError):
        raise TypeError("Timeout value must be int, float or None") from None
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


_SOCK_FLAGS = _socket.SOCK_NONBLOCK | _socket.SOCK_CLOEXEC


class socket:
    """A network endpoint: one file descriptor and what it was made for."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            family = AF_INET if family == -1 else family
            type = SOCK_STREAM if type == -1 else type
            proto = 0 if proto == -1 else proto
            fd = _socket._socket_fd(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % fileno.__class__.__name__)
            if fileno < 0:
                raise ValueError("negative file descriptor")
            fd = fileno
            real_family, real_type, real_proto = _socket._info(fd)
            family = real_family if family == -1 else family
            type = real_type if type == -1 else type
            proto = real_proto if proto == -1 else proto
        self._fd = fd
        self._family = int(family)
        self._type = int(type) & ~_SOCK_FLAGS
        self._proto = int(proto)
        self._io_refs = 0
        self._closed = False
        self._timeout = 0.0 if int(type) & _socket.SOCK_NONBLOCK else _default_timeout
        if self._timeout is not None:
            _socket._set_blocking(fd, False)

    # ---- what it is ----------------------------------------------------

    @property
    def family(self):
        """The address family of the socket."""
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        """The type of the socket."""
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        """The protocol of the socket."""
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def fileno(self):
        """The socket's file descriptor (-1 once closed)."""
        return self._fd

    def __repr__(self):
        closed = self._fd == -1
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self._fd, self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        return s + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    # ---- opening and closing -------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def _real_close(self):
        fd, self._fd = self._fd, -1
        if fd != -1:
            _socket.close(fd)

    def close(self):
        """Close the socket (once the files makefile() made are closed too)."""
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        """Forget the descriptor without closing it, and return it."""
        fd, self._fd = self._fd, -1
        self._closed = True
        return fd

    def __del__(self):
        # A socket nobody closed is closed when it is collected (CPython
        # also warns with ResourceWarning, which is ignored by default).
        if getattr(self, "_fd", -1) != -1:
            try:
                self._real_close()
            except OSError:
                pass

    def dup(self):
        """A new socket object on a duplicate of the descriptor."""
        fd = _socket.dup(self._fd)
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    # ---- timeouts ------------------------------------------------------

    def settimeout(self, value):
        """Set how long the calls wait: seconds, 0.0 (never) or None (always)."""
        self._timeout = _timeout_value(value)
        _socket._set_blocking(self._fd, self._timeout is None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        """setblocking(True) is settimeout(None), setblocking(False) settimeout(0.0)."""
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    # ---- addresses and connections -------------------------------------

    def bind(self, address):
        _socket._bind(self._fd, self._family, address)

    def listen(self, backlog=min(_socket.SOMAXCONN, 128)):
        _socket._listen(self._fd, backlog)

    def accept(self):
        """Wait for a connection: (a new socket for it, the peer's address)."""
        fd, address = _socket._accept(self._fd, self._timeout)
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, address

    def connect(self, address):
        _socket._connect(self._fd, self._family, address, self._timeout, True)

    def connect_ex(self, address):
        """connect(), but an error is returned as its errno rather than raised."""
        return _socket._connect(self._fd, self._family, address, self._timeout, False)

    def shutdown(self, how):
        _socket._shutdown(self._fd, how)

    def getsockname(self):
        return _socket._getsockname(self._fd)

    def getpeername(self):
        return _socket._getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        _socket._setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket._getsockopt(self._fd, level, optname, buflen)

    # ---- data ----------------------------------------------------------

    def send(self, data, flags=0):
        return _socket._send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket._sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        return _socket._sendto(self._fd, data, flags, self._family, address, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket._recv(self._fd, bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket._recvfrom(self._fd, bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        """Receive into a bytearray; the number of bytes received."""
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        data = self.recv(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        data, address = self.recvfrom(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data), address

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from and/or writing to the socket."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        raw = SocketIO(self, ("r" if "r" in mode else "") + ("w" if "w" in mode else ""))
        if "b" in mode:
            return raw
        return _TextSocketFile(raw, encoding or "utf-8", errors or "strict", newline)


class SocketIO:
    """A binary file object on a socket (what makefile('rb') returns).

    Reads are buffered so that readline() need not receive one byte at a
    time; writes go straight to sendall().
    """

    def __init__(self, sock, mode):
        self._sock = sock
        self.mode = mode + "b"
        self._buffer = b""
        self.closed = False

    def fileno(self):
        return self._sock.fileno()

    def readable(self):
        return "r" in self.mode

    def writable(self):
        return "w" in self.mode

    def _fill(self):
        data = self._sock.recv(8192)
        self._buffer += data
        return bool(data)

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buffer = self._buffer, b""
            return data
        while len(self._buffer) < size and self._fill():
            pass
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def readline(self, size=-1):
        while b"\n" not in self._buffer and (size < 0 or len(self._buffer) < size) and self._fill():
            pass
        end = self._buffer.find(b"\n") + 1 or len(self._buffer)
        if size >= 0:
            end = min(end, size)
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        return data

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        # As io's files: one that is dropped unclosed closes itself, which
        # lets its socket close.
        self.close()


class _TextSocketFile:
    """Text on top of a SocketIO: str in, str out (makefile('r'), 'w')."""

    def __init__(self, raw, encoding, errors, newline):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self.mode = raw.mode.replace("b", "")

    def fileno(self):
        return self.buffer.fileno()

    @property
    def closed(self):
        return self.buffer.closed

    def read(self, size=-1):
        return self.buffer.read(size).decode(self.encoding, self.errors)

    def readline(self, size=-1):
        return self.buffer.readline(size).decode(self.encoding, self.errors)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def flush(self):
        pass

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of the descriptor fd."""
    return socket(family, type, proto, fileno=_socket.dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket._socketpair(family, type, proto)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """[(family, type, proto, canonname, sockaddr), ...] for host and port."""
    addrlist = []
    for af, kind, pr, canonname, sa in _socket._getaddrinfo(host, port, family, type, proto, flags):
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(kind, SocketKind), pr, canonname, sa))
    return addrlist


def getfqdn(name=""):
    """The fully qualified name of a host (here: the name itself, or the host's)."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect to (host, port), trying each address of the host in turn."""
    host, port = address
    exceptions = []
    for family, kind, proto, _, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            if all_errors:
                raise ExceptionGroup("create_connection failed", exceptions)
            raise exceptions[0]
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening socket bound to address (SO_REUSEADDR set, as in CPython)."""
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


SocketType = socket
