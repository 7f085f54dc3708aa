"""Functions to run when the interpreter exits (CPython: Modules/atexitmodule.c).

register() pushes a call on a list; at exit glasspy's main program (after
the non-daemon threads have finished, as CPython's Py_FinalizeEx) calls
_run_exitfuncs(), which runs them last registered first.  An exception in
one is reported and the others still run."""

import sys

__all__ = ["register", "unregister"]

# (func, args, kwargs), in registration order; None where one was unregistered.
_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination.

    Returns func, so that register can be used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered (every
    registration of it, compared with ==)."""
    # Emptied, not removed: CPython clears the slot, and _ncallbacks()
    # still counts it.
    for i, handler in enumerate(_exithandlers):
        if handler is not None and handler[0] == func:
            _exithandlers[i] = None


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first."""
    while _exithandlers:
        handler = _exithandlers.pop()
        if handler is None:
            continue
        func, args, kwargs = handler
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # CPython: _PyErr_WriteUnraisableMsg("in atexit callback", func)
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            # The report starts in the callback, not in this loop.
            sys.excepthook(type(exc), exc, exc.__traceback__.tb_next)
