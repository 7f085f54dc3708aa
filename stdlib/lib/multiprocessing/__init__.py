"""Processes with the threading module's interface (CPython:
Lib/multiprocessing/__init__.py): Process, Queue, Pipe, locks, shared
Value/Array, Pool and Manager, started with fork (the default) or spawn.

Everything at the top level is the default context's (context.py), so
that set_start_method() changes what Process(), Pool() and the rest use.
"""
import sys

from . import context

__all__ = [name for name in dir(context._default_context) if not name.startswith('_')]

globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
