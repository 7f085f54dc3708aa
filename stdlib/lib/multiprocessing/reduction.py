"""Pickling for multiprocessing (CPython: multiprocessing/reduction.py):
objects go between processes as pickles; functions and classes by
reference (module and qualified name), so a child must be able to import
them.  A descriptor inside a pickle (a Pipe's end, shared memory) can only
travel to a child being spawned: DupFd registers it with the spawning
popen, which keeps it open across the exec under the same number.
"""
import io
import pickle

from . import context

__all__ = ['dumps', 'loads', 'ForkingPickler', 'DupFd']


class ForkingPickler(pickle.Pickler):
    @classmethod
    def dumps(cls, obj, protocol=None):
        return pickle.dumps(obj, protocol)

    loads = staticmethod(pickle.loads)


def dumps(obj):
    return pickle.dumps(obj)


def loads(data):
    return pickle.loads(data)


def dump(obj, file, protocol=None):
    file.write(pickle.dumps(obj, protocol))


def DupFd(fd):
    """The descriptor fd as it will be in the child being spawned."""
    popen = context.get_spawning_popen()
    if popen is None:
        raise RuntimeError('a file descriptor can only be passed to a child '
                           'process while it is being spawned')
    return popen.duplicate_for_child(fd)
