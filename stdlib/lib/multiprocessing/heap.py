"""Shared memory for multiprocessing: arenas (CPython: multiprocessing/heap.py).

An Arena is an anonymous file mapped MAP_SHARED (_multiprocessing.shm_*).
Made before a fork, the child shares its pages; pickled for a spawned
child, it travels as its descriptor (reduction.DupFd) and the child maps
the same file.  glasspy gives each shared object (a Value, an Array, a
semaphore) an arena of its own instead of carving blocks out of big ones:
simpler, and programs here make few of them.  An arena's mapping and
descriptor are released when its last user in this process is garbage.
"""
import os

import _multiprocessing

from . import reduction

__all__ = ['Arena', 'BufferWrapper']


class Arena:
    def __init__(self, size, fd=-1):
        self.size = size
        if fd == -1:
            fd = _multiprocessing.shm_create(size)
        self.fd = fd
        self.address = _multiprocessing.shm_map(fd, size)

    def __del__(self):
        # The last object using the arena in this process is gone: give back
        # the mapping and the descriptor (other processes keep their own).
        address, self.address = getattr(self, 'address', None), None
        if address is not None:
            _multiprocessing.shm_unmap(address, self.size)
            os.close(self.fd)

    def read(self, offset, size):
        return _multiprocessing.shm_read(self.address + offset, size)

    def write(self, offset, data):
        _multiprocessing.shm_write(self.address + offset, data)

    def __reduce__(self):
        return (_rebuild_arena, (self.size, reduction.DupFd(self.fd)))


def _rebuild_arena(size, fd):
    return Arena(size, fd)


class BufferWrapper:
    """size bytes of shared memory."""

    def __init__(self, size):
        self.size = size
        self.arena = Arena(max(size, 1))

    def read(self, offset=0, size=None):
        return self.arena.read(offset, self.size - offset if size is None else size)

    def write(self, data, offset=0):
        self.arena.write(offset, data)
