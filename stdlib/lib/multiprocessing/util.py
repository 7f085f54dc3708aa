"""Helpers shared by the multiprocessing modules: finalizers run at exit,
hooks run in a child after fork, flushing the standard streams.

At the exit of the main process (an atexit function, as in CPython's
multiprocessing.util._exit_function) the daemonic children are terminated
and the others joined: that is why a script that starts a process and does
not join it still sees the child's output before the interpreter ends.
"""
import atexit
import itertools
import os
import sys
import weakref

_finalizer_registry = {}
_finalizer_counter = itertools.count()
_afterfork_registry = []
_exiting = False


def debug(msg, *args):
    pass


info = sub_debug = sub_warning = debug


class Finalize:
    """Calls callback(*args) once: when obj is garbage, when the program
    exits (if it has an exitpriority; highest first), or when called."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if obj is None and exitpriority is None:
            raise TypeError("Without object, exitpriority cannot be None")
        # Also called when obj dies: a weak reference's callback.
        self._weakref = weakref.ref(obj, self) if obj is not None else None
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, next(_finalizer_counter))
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            return None
        if self._pid != os.getpid():
            res = None
        else:
            res = self._callback(*self._args, **self._kwargs)
        self._weakref = self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._weakref = self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry


def _run_finalizers(minpriority=None):
    """Runs the finalizers whose exit priority is at least minpriority (all
    with a priority when None), highest first, newest first."""
    if minpriority is None:
        keys = [k for k in _finalizer_registry if k[0] is not None]
    else:
        keys = [k for k in _finalizer_registry if k[0] is not None and k[0] >= minpriority]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                import traceback
                traceback.print_exc()
    if minpriority is None:
        _finalizer_registry.clear()


def register_after_fork(obj, func):
    _afterfork_registry.append((obj, func))


def _run_after_forkers():
    for obj, func in list(_afterfork_registry):
        try:
            func(obj)
        except Exception:
            pass


def is_exiting():
    return _exiting


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def close_fds(*fds):
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def _close_stdin():
    """A child reads nothing from the parent's stdin (CPython gives it
    /dev/null)."""
    if sys.stdin is None:
        return
    try:
        sys.stdin.close()
    except (OSError, ValueError):
        pass
    try:
        sys.stdin = open(os.devnull)
    except (OSError, ValueError):
        pass


def _exit_function():
    """At the end of a process: the finalizers with a priority, then the
    children (daemons terminated, the others joined), then the rest."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    from . import process
    _run_finalizers(0)
    if process.current_process() is not None:
        for p in process.active_children():
            if p.daemon:
                p.terminate()
        for p in process.active_children():
            p.join()
    _run_finalizers()


atexit.register(_exit_function)
