"""contextvars: variables with a value per context (PEP 567); the
implementation is _contextvars.py."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
