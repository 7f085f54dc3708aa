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
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ProcessPoolExecutor",
           "ThreadPoolExecutor")

