"""Execute computations asynchronously using threads.

A Future is the promise of a result: submit() returns one at once, and
result() waits for it.  ThreadPoolExecutor runs the submitted calls on a
pool of worker threads (the GIL lets one run Python code at a time, and
hands over while a call waits or sleeps).
"""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ProcessPoolExecutor",
           "ThreadPoolExecutor")


class ProcessPoolExecutor(Executor):
    """Runs calls in other processes: needs multiprocessing, which glasspy does not have yet."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("glasspy: ProcessPoolExecutor needs the multiprocessing module, "
                                  "which is not implemented yet")
