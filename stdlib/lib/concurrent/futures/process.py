"""ProcessPoolExecutor: Executor's submit/map/shutdown over worker
processes (CPython: concurrent/futures/process.py).

glasspy builds it on multiprocessing.Pool: submit() hands the call to
Pool.apply_async, whose result handler thread completes the Future (and
so runs its done-callbacks) when the worker's answer comes back.  The
callable and its arguments travel pickled, so they must be importable
module-level objects, as in CPython.
"""
import atexit
import os

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly while running work."""


# The executors with work in flight.  At exit each is shut down with
# wait=True, so that what was submitted still runs (CPython joins its
# executor threads the same way, before the atexit functions).  The hook is
# registered when the first pool starts, after multiprocessing's own exit
# function: atexit runs the later one first, so the work is done before
# multiprocessing terminates daemonic children and stops managers.
_live_executors = []
_exit_hook_registered = False


def _python_exit():
    while _live_executors:
        _live_executors[-1].shutdown(wait=True)


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._pool = None
        self._shutdown = False

    def _start_pool(self):
        global _exit_hook_registered
        import multiprocessing
        ctx = self._mp_context or multiprocessing.get_context()
        self._pool = ctx.Pool(self._max_workers, self._initializer, self._initargs)
        _live_executors.append(self)
        if not _exit_hook_registered:
            atexit.register(_python_exit)
            _exit_hook_registered = True

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if self._pool is None:
            self._start_pool()
        future = _base.Future()
        future.set_running_or_notify_cancel()
        self._pool.apply_async(fn, args, kwargs, callback=future.set_result,
                               error_callback=future.set_exception)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if self._pool is None:
            return
        self._pool.close()
        if wait:
            self._pool.join()
            self._pool = None
            if self in _live_executors:
                _live_executors.remove(self)
