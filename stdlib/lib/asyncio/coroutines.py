"""Recognising coroutines, and naming them in reprs (CPython:
Lib/asyncio/coroutines.py and the coroutine part of format_helpers.py)."""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Marks a function (a mock, a wrapper) as a coroutine function.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for a coroutine function (async def) or one marked as such."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


# Anything with the coroutine protocol counts (send, throw, close,
# __await__): an async generator's aclose() object, for one.
_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutine(obj):
    """True for a coroutine object (or a generator-based one)."""
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    """'main() running at file:line' or 'main() done, defined at file:line'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
