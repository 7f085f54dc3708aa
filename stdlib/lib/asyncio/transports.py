"""A TCP connection as a transport (CPython: Lib/asyncio/transports.py and
_SelectorSocketTransport in selector_events.py).

The transport reads whenever the socket is readable and hands the data to
its protocol (data_received, eof_received); write() sends at once what
the socket takes and buffers the rest, which goes out when the socket is
writable again.  close() waits for the buffer to drain, then tells the
protocol (connection_lost) in a later callback.
"""

import socket

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport')

# Above this many buffered bytes the protocol is asked to pause writing
# (StreamWriter.drain() then waits), below the low mark to resume.
_HIGH_WATER = 64 * 1024
_LOW_WATER = _HIGH_WATER // 4


class BaseTransport:
    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """'peername', 'sockname', 'socket' and the like."""
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    pass


class WriteTransport(BaseTransport):
    pass


class Transport(ReadTransport, WriteTransport):
    pass


class _SelectorSocketTransport(Transport):
    """A connected, non-blocking stream socket driven by the loop."""

    def __init__(self, loop, sock, protocol, waiter=None, server=None):
        extra = {'socket': sock}
        try:
            extra['sockname'] = sock.getsockname()
        except OSError:
            extra['sockname'] = None
        try:
            extra['peername'] = sock.getpeername()
        except OSError:
            extra['peername'] = None
        super().__init__(extra)
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._paused = False
        self._protocol_paused = False
        self._eof = False
        self._conn_lost = 0
        loop.call_soon(self._protocol.connection_made, self)
        loop.call_soon(self._loop._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._sock is not None:
            info.append('read=idle' if self._paused or self._closing else 'read=polling')
            state = 'polling' if self._buffer else 'idle'
            info.append(f'write=<{state}, bufsize={len(self._buffer)}>')
        return '<{}>'.format(' '.join(info))

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._sock_fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(256 * 1024)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc)
            return
        if not data:
            self._loop._remove_reader(self._sock_fd)
            keep_open = self._protocol.eof_received()
            if not keep_open:
                self.close()
            return
        self._protocol.data_received(data)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._conn_lost:
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc)
                return
            data = data[n:]
            if not data:
                return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(bytes(self._buffer))
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc)
            return
        del self._buffer[:n]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def _maybe_pause_protocol(self):
        if len(self._buffer) > _HIGH_WATER and not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= _LOW_WATER:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc):
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._sock is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)
