"""Pickling for multiprocessing (CPython: multiprocessing/reduction.py):
objects go between processes as pickles; functions and classes by
reference (module and qualified name), so a child must be able to import
them.  A descriptor inside a pickle (a Pipe's end, shared memory) can only
travel to a child being spawned: DupFd registers it with the spawning
popen, which keeps it open across the exec under the same number.
"""
import copyreg
import io
import pickle

from . import context

__all__ = ['dumps', 'loads', 'ForkingPickler', 'DupFd']


class ForkingPickler(pickle.Pickler):
    """A Pickler that also knows the reducers register() was given: bound
    methods (a Queue's put as a Process target) travel as the object and
    the method's name."""
    _extra_reducers = {}

    def __init__(self, *args, **kwds):
        super().__init__(*args, **kwds)
        self.dispatch_table = copyreg.dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)
        self._dispatch_table = self.dispatch_table

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getvalue()

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register


def _reduce_method(m):
    if m.__self__ is None:
        return getattr, (m.__class__, m.__func__.__name__)
    return getattr, (m.__self__, m.__func__.__name__)


class _C:
    def f(self):
        pass


register(type(_C().f), _reduce_method)
del _C


def dumps(obj):
    return ForkingPickler.dumps(obj)


def loads(data):
    return pickle.loads(data)


def dump(obj, file, protocol=None):
    ForkingPickler(file, protocol).dump(obj)


def DupFd(fd):
    """The descriptor fd as it will be in the child being spawned."""
    popen = context.get_spawning_popen()
    if popen is None:
        raise RuntimeError('a file descriptor can only be passed to a child '
                           'process while it is being spawned')
    return popen.duplicate_for_child(fd)
