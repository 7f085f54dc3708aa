"""Locks, semaphores, conditions and events that work between processes
(CPython: multiprocessing/synchronize.py).

Each is built on SemLock: a POSIX semaphore shared by the processes
(_multiprocessing.sem_*, in an arena of heap.py), so acquiring it in one
process blocks another.  A recursive lock also remembers, in the process
that holds it, which thread owns it and how many times: the other
processes never need to know.
"""
import os
import threading
import time

import _multiprocessing

from . import context
from . import heap
from . import process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

RECURSIVE_MUTEX, SEMAPHORE = list(range(2))
SEM_VALUE_MAX = 2147483647


class SemLock:
    def __init__(self, kind, value, maxvalue, *, ctx):
        self._kind = kind
        self._maxvalue = maxvalue
        self._arena = heap.Arena(_multiprocessing.sem_size())
        _multiprocessing.sem_init(self._arena.address, value)
        self._owner = None     # (pid, thread ident) of the holder, for RLock and repr
        self._count = 0

    def _me(self):
        return (os.getpid(), threading.get_ident())

    def _is_mine(self):
        return self._count > 0 and self._owner == self._me()

    def _get_value(self):
        return _multiprocessing.sem_getvalue(self._arena.address)

    def _is_zero(self):
        return self._get_value() == 0

    def acquire(self, block=True, timeout=None):
        if self._kind == RECURSIVE_MUTEX and self._is_mine():
            self._count += 1
            return True
        if timeout is not None and timeout < 0:
            timeout = 0
        if not _multiprocessing.sem_acquire(self._arena.address, block, timeout):
            return False
        me = self._me()
        if self._owner == me:
            self._count += 1
        else:
            # Whatever an inherited copy says (a fork while the parent held
            # it), the holder is this thread now.
            self._owner, self._count = me, 1
        return True

    def release(self):
        if self._kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._count > 1:
                self._count -= 1
                return
        elif self._maxvalue != SEM_VALUE_MAX and self._get_value() >= self._maxvalue:
            raise ValueError("semaphore or lock released too many times")
        if self._count > 0:
            self._count -= 1
        if self._count == 0:
            self._owner = None
        _multiprocessing.sem_release(self._arena.address)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._kind, self._maxvalue, self._arena)

    def __setstate__(self, state):
        self._kind, self._maxvalue, self._arena = state
        self._owner = None
        self._count = 0

    def _after_fork(self):
        # The child holds nothing, whatever the parent's thread held.
        self._owner = None
        self._count = 0


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._get_value()

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value, self._maxvalue)


def _holder_name():
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Lock(SemLock):
    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._is_mine():
                name = _holder_name()
            elif self._get_value() == 1:
                name = 'None'
            elif self._count > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):
    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._is_mine():
                name = _holder_name()
                count = self._count
            elif self._get_value() == 1:
                name, count = 'None', 0
            elif self._count > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition:
    """A condition variable between processes.  Waiters are counted with
    semaphores: a waiter announces itself on _sleeping_count, sleeps on
    _wait_semaphore, and confirms it woke on _woken_count, so that notify()
    wakes exactly as many as it means to."""

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._sleeping_count = ctx.Semaphore(0)
        self._woken_count = ctx.Semaphore(0)
        self._wait_semaphore = ctx.Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore) = state
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._get_value() - self._woken_count._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._count
        for _ in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Waiters that timed out confirmed a wake-up nobody sent: forget them.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=SEM_VALUE_MAX)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    """A flag processes can wait for."""

    def __init__(self, *, ctx):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier:
    """parties processes wait until all have arrived."""

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        from .sharedctypes import RawArray
        self._cond = ctx.Condition()
        self._state = RawArray('i', 2)   # [generation, count]
        self._parties = parties
        self._action = action
        self._timeout = timeout

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._state[1]

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            generation = self._state[0]
            index = self._state[1]
            self._state[1] = index + 1
            if index + 1 == self._parties:
                if self._action:
                    self._action()
                self._state[1] = 0
                self._state[0] = generation + 1
                self._cond.notify_all()
            else:
                if not self._cond.wait_for(lambda: self._state[0] != generation, timeout):
                    raise threading.BrokenBarrierError
            return index
