"""Protocols: the callbacks a transport calls (CPython: Lib/asyncio/protocols.py)."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol')


class BaseProtocol:
    """connection_made/connection_lost, and flow control of writing."""

    def connection_made(self, transport):
        """Called when a connection is made; transport is its transport."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc None for a normal close)."""

    def pause_writing(self):
        """The transport's buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained below the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received and eof_received as well."""

    def data_received(self, data):
        """Called with some data (bytes) from the connection."""

    def eof_received(self):
        """The other end sent no more data; return a false value to close the transport."""


class DatagramProtocol(BaseProtocol):
    def datagram_received(self, data, addr):
        """Called when some datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""
