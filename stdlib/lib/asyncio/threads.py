"""asyncio.to_thread (CPython: Lib/asyncio/threads.py): run a blocking
function in the loop's default executor (a thread) and await its result."""

import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """func(*args, **kwargs) in another thread; its result."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))
