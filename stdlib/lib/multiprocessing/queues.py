"""Queues between processes (CPython: multiprocessing/queues.py).

Items are pickled and written to a one-way Pipe, one message each, under a
lock (two writers must not interleave their bytes); readers take a lock
too.  A semaphore counts the items for qsize(), another bounds the queue
when it has a maxsize.  CPython's Queue hands items to a feeder thread so
that put() never blocks on a full pipe; glasspy's writes them at once,
which only differs when more than the pipe's buffer (64 KiB) is put and
nobody reads it.
"""
import os
import time
from queue import Empty, Full

from . import connection
from . import context
from . import reduction
from .synchronize import SEM_VALUE_MAX

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._wlock = ctx.Lock()
        self._sem = ctx.BoundedSemaphore(maxsize) if maxsize != SEM_VALUE_MAX else None
        self._items = ctx.Semaphore(0)
        self._closed = False

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._maxsize, self._reader, self._writer, self._rlock, self._wlock,
                self._sem, self._items)

    def __setstate__(self, state):
        (self._maxsize, self._reader, self._writer, self._rlock, self._wlock,
         self._sem, self._items) = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        data = reduction.dumps(obj)
        # Counted before it is written: a reader that gets the item must
        # find the count already up, or its decrement would be lost.
        self._items.release()
        with self._wlock:
            self._writer.send_bytes(data)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            with self._rlock:
                res = self._reader.recv_bytes()
        else:
            if block:
                deadline = time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._reader.poll(max(timeout, 0)):
                        raise Empty
                elif not self._reader.poll():
                    raise Empty
                res = self._reader.recv_bytes()
            finally:
                self._rlock.release()
        self._items.acquire(False)
        if self._sem is not None:
            self._sem.release()
        return reduction.loads(res)

    def qsize(self):
        return self._items.get_value()

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem is not None and self._sem._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue whose join() waits until task_done() was called for every item."""

    def __init__(self, maxsize=0, *, ctx):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = ctx.Semaphore(0)
        self._cond = ctx.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        data = reduction.dumps(obj)
        with self._cond:
            self._items.release()
            self._unfinished_tasks.release()
            with self._wlock:
                self._writer.send_bytes(data)

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._is_zero():
                self._cond.wait()


class SimpleQueue:
    """A Queue with only get, put, empty and close."""

    def __init__(self, *, ctx):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._wlock = ctx.Lock()

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._reader, self._writer, self._rlock, self._wlock)

    def __setstate__(self, state):
        (self._reader, self._writer, self._rlock, self._wlock) = state

    def get(self):
        with self._rlock:
            res = self._reader.recv_bytes()
        return reduction.loads(res)

    def put(self, obj):
        obj = reduction.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(obj)
