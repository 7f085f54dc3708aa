"""Process pools (CPython: multiprocessing/pool.py).

A Pool starts `processes` workers (daemonic, named ForkPoolWorker-N or
SpawnPoolWorker-N).  Tasks go to them through one SimpleQueue as
(job, index, func, args, kwds); each worker sends back (job, index,
(success, value)) through another, where a thread of the parent -- the
result handler -- hands it to the job's result object (ApplyResult,
MapResult, IMapIterator) and runs its callbacks.  CPython has two more
threads (one feeding tasks, one replacing workers); glasspy writes the
tasks from the calling thread and keeps its workers for the pool's life.
"""
import collections
import itertools
import os
import threading
import time

from . import reduction
from . import util
from .context import TimeoutError

__all__ = ['Pool']

RUN, CLOSE, TERMINATE = 'RUN', 'CLOSE', 'TERMINATE'

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception sent back from a worker: raised again in the parent
    with the worker's traceback as its cause, as text."""

    def __init__(self, exc, tb):
        import traceback
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    """What each worker process runs: tasks until the None sentinel."""
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, ExceptionWithTraceback(e, e.__traceback__))
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))
        task = job = result = func = args = kwds = None


class Pool:
    """A pool of worker processes running tasks given to it."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        from . import context as _context
        self._ctx = context or _context._default_context.get_context()
        self._state = RUN
        self._cache = {}
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._pool = []
        for _ in range(processes):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue, initializer, initargs,
                                   maxtasksperchild))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._result_handler = threading.Thread(target=Pool._handle_results,
                                                args=(self._outqueue, self._cache), daemon=True)
        self._result_handler.start()
        # A pool nobody closed is terminated at exit, before the children
        # are joined (CPython's exit priority for pools).
        self._terminate = util.Finalize(self, self.terminate, exitpriority=15)

    @staticmethod
    def _handle_results(outqueue, cache):
        while True:
            try:
                task = outqueue.get()
            except (EOFError, OSError):
                return
            if task is None:
                return
            job, i, obj = task
            result = cache.get(job)
            if result is not None:
                result._set(i, obj)
            task = job = obj = result = None

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, tasks):
        """Sends (index, func, args, kwds) tasks for one job."""
        for i, func, args, kwds in tasks:
            self._inqueue.put((result._job, i, func, args, kwds))

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """func(*args, **kwds) in a worker; an AsyncResult at once."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result, [(0, func, args, kwds)])
        return result

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)), the calls spread over the workers."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], spread over the workers."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _chunks(self, iterable, chunksize):
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        it = iter(iterable)
        chunks = []
        while True:
            chunk = tuple(itertools.islice(it, chunksize or 1))
            if not chunk:
                return chunksize, len(iterable), chunks
            chunks.append(chunk)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        chunksize, length, chunks = self._chunks(iterable, chunksize)
        result = MapResult(self, chunksize, length, callback, error_callback)
        self._submit(result, [(i, mapper, ((func, chunk),), {}) for i, chunk in enumerate(chunks)])
        return result

    def imap(self, func, iterable, chunksize=1):
        """Like map, but an iterator giving results in order as they come."""
        return self._imap(func, iterable, chunksize, IMapIterator)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap, but in the order the results arrive."""
        return self._imap(func, iterable, chunksize, IMapUnorderedIterator)

    def _imap(self, func, iterable, chunksize, cls):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        chunks = [tuple(items[k:k + chunksize]) for k in range(0, len(items), chunksize)]
        result = cls(self, len(chunks))
        self._submit(result, [(i, mapstar, ((func, chunk),), {}) for i, chunk in enumerate(chunks)])
        return result

    def close(self):
        """No more tasks: the workers end once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        """Stops the workers now, finished or not."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()
        self._stop_result_handler()

    def join(self):
        """Waits for the workers to end (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for w in self._pool:
            w.join()
        self._stop_result_handler()

    def _stop_result_handler(self):
        # The workers have ended: nobody else writes to the result pipe, so
        # the sentinel goes without the queue's write lock -- a worker
        # terminated just after sending its last result may still hold it.
        if self._result_handler.is_alive():
            self._outqueue._writer.send_bytes(reduction.dumps(None))
            self._result_handler.join()
        self._cache.clear()
        self._terminate.cancel()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')


class ApplyResult:
    """The result of apply_async: get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    """The results of imap, in order."""

    def __init__(self, pool, length):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = length
        self._unsorted = {}
        self._cache[self._job] = self
        if length == 0:
            del self._cache[self._job]

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items and timeout is not None:
                    if self._index == self._length:
                        raise StopIteration from None
                    raise TimeoutError from None
            success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        success, value = obj
        # A chunk's results become one item each.
        entries = [(True, v) for v in value] if success else [obj]
        with self._cond:
            if self._index == i:
                self._items.extend(entries)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.extend(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = entries
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        success, value = obj
        entries = [(True, v) for v in value] if success else [obj]
        with self._cond:
            self._items.extend(entries)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

