"""The event loop's waiting, on a selector (CPython: Lib/asyncio/selector_events.py).

BaseSelectorEventLoop watches file descriptors with selectors.DefaultSelector
(epoll on Linux): add_reader/add_writer register a callback for when a
descriptor is readable/writable, and _run_once (base_events.py) hands the
ready ones to _process_events.  On top of that: the loop.sock_* coroutines,
and TCP connections and servers (transports.py, streams.py).  A socket pair
watched by the selector lets other threads wake the loop.
"""

import os
import selectors
import socket

from . import base_events
from . import events
from . import tasks

__all__ = ('BaseSelectorEventLoop',)


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop on a selector (selectors.DefaultSelector by default)."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = selector if selector is not None else selectors.DefaultSelector()
        self._make_self_pipe()

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        self._close_self_pipe()
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    # ---- waking the loop from other threads ------------------------------

    def _make_self_pipe(self):
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def _close_self_pipe(self):
        self._remove_reader(self._ssock.fileno())
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None

    def _read_from_self(self):
        while True:
            try:
                if not self._ssock.recv(4096):
                    break
            except InterruptedError:
                continue
            except BlockingIOError:
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b'\0')
        except OSError:
            pass  # the pipe is full: the loop will wake anyway

    # ---- watching file descriptors ---------------------------------------

    def _add_reader(self, fd, callback, *args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, selectors.EVENT_READ, (handle, None))
        else:
            mask, (reader, writer) = key.events, key.data
            self._selector.modify(fd, mask | selectors.EVENT_READ, (handle, writer))
            if reader is not None:
                reader.cancel()
        return handle

    def _remove_reader(self, fd):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        mask, (reader, writer) = key.events, key.data
        mask &= ~selectors.EVENT_READ
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (None, writer))
        if reader is not None:
            reader.cancel()
            return True
        return False

    def _add_writer(self, fd, callback, *args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, selectors.EVENT_WRITE, (None, handle))
        else:
            mask, (reader, writer) = key.events, key.data
            self._selector.modify(fd, mask | selectors.EVENT_WRITE, (reader, handle))
            if writer is not None:
                writer.cancel()
        return handle

    def _remove_writer(self, fd):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        mask, (reader, writer) = key.events, key.data
        mask &= ~selectors.EVENT_WRITE
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (reader, None))
        if writer is not None:
            writer.cancel()
            return True
        return False

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        return self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        return self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(fd)

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fd)
                else:
                    self._add_callback(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fd)
                else:
                    self._add_callback(writer)

    # ---- sockets as coroutines (loop.sock_*) -----------------------------

    def _sock_wait(self, sock, reading, attempt):
        """A future for attempt() (a non-blocking call), retried when sock is ready."""
        fut = self.create_future()
        fd = sock.fileno()

        def retry():
            if fut.done():
                return
            try:
                result = attempt()
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(result)

        if reading:
            self._add_reader(fd, retry)
            fut.add_done_callback(lambda f: self._remove_reader(fd))
        else:
            self._add_writer(fd, retry)
            fut.add_done_callback(lambda f: self._remove_writer(fd))
        return fut

    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_wait(sock, True, lambda: sock.recv(n))

    async def sock_recv_into(self, sock, buf):
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_wait(sock, True, lambda: sock.recv_into(buf))

    async def sock_recvfrom(self, sock, bufsize):
        try:
            return sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_wait(sock, True, lambda: sock.recvfrom(bufsize))

    async def sock_sendall(self, sock, data):
        data = bytes(data)
        while data:
            try:
                n = sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = await self._sock_wait(sock, False, lambda: sock.send(data))
            data = data[n:]

    async def sock_sendto(self, sock, data, address):
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_wait(sock, False, lambda: sock.sendto(data, address))

    async def sock_accept(self, sock):
        def attempt():
            conn, address = sock.accept()
            conn.setblocking(False)
            return conn, address
        try:
            return attempt()
        except (BlockingIOError, InterruptedError):
            pass
        return await self._sock_wait(sock, True, attempt)

    async def sock_connect(self, sock, address):
        err = sock.connect_ex(address)
        if err in (0,):
            return
        if err not in (115, 11, 4):  # EINPROGRESS, EAGAIN, EINTR
            raise OSError(err, os.strerror(err))

        def attempt():
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        await self._sock_wait(sock, False, attempt)

    # ---- connections and servers (streams.py builds on these) -----------

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def create_connection(self, protocol_factory, host=None, port=None, *, sock=None,
                                family=0, proto=0, flags=0, local_addr=None, **kwargs):
        """Connect a TCP socket to host:port; (transport, protocol)."""
        from . import transports
        if sock is None:
            infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, proto, flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            exceptions_seen = []
            for fam, kind, pr, _, address in infos:
                sock = socket.socket(fam, kind, pr)
                sock.setblocking(False)
                try:
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    sock.close()
                    sock = None
                    exceptions_seen.append(OSError(exc.errno, f'Connect call failed {address}'))
            if sock is None:
                if len(exceptions_seen) == 1:
                    raise exceptions_seen[0]
                raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in exceptions_seen)))
        else:
            sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = transports._SelectorSocketTransport(self, sock, protocol, waiter)
        await waiter
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                            flags=socket.AI_PASSIVE, sock=None, backlog=100, reuse_address=None,
                            reuse_port=None, start_serving=True, **kwargs):
        """Listen on host:port; each connection gets a protocol_factory() protocol."""
        if sock is None:
            if host == '':
                host = None
            hosts = [host] if host is None or isinstance(host, str) else list(host)
            sockets = []
            for h in hosts:
                for fam, kind, pr, _, address in socket.getaddrinfo(h, port, family, socket.SOCK_STREAM,
                                                                    0, flags):
                    sock = socket.socket(fam, kind, pr)
                    if reuse_address is None or reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    try:
                        sock.bind(address)
                    except OSError as err:
                        sock.close()
                        for s in sockets:
                            s.close()
                        raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                      % (address, err.strerror.lower())) from None
                    sockets.append(sock)
        else:
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = base_events.Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, server):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock, server)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server):
        from . import transports
        for _ in range(100):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self.call_exception_handler({'message': 'socket.accept() out of system resource',
                                             'exception': exc, 'socket': sock})
                return
            protocol = protocol_factory()
            transports._SelectorSocketTransport(self, conn, protocol, None, server=server)
