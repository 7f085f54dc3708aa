"""Context variables (PEP 567; CPython: Python/context.c, written in C there).

A Context maps ContextVars to values.  Each thread has a current context;
ContextVar.get() and set() read and change it.  Context.run(f) makes a
context current while f runs, which is how asyncio gives every task its
own values: a task runs each of its steps in the context copied when it
was created.  Copies are made all the time (each scheduled callback gets
one), so they must be cheap: a context's dict is never changed in place,
set() makes a new one, and a copy shares its original's dict.  (CPython
shares structure between versions with a HAMT; a dict copy on set() is
enough for the handful of variables programs use.)
"""

import threading
import types

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


class _ThreadState(threading.local):
    context = None  # this thread's current Context, made on first use


_state = _ThreadState()


def _current_context():
    ctx = _state.context
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


def copy_context():
    """A copy of the current context."""
    return _current_context().copy()


class Context:
    """A mapping of ContextVars to values, and a place to run code in."""

    __module__ = '_contextvars'

    def __init__(self):
        self._vars = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """callable(*args, **kwargs) with this context current."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        saved = _state.context
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = saved
            self._entered = False
            # A traceback may keep this frame alive (through a generator
            # frame's f_back): it must not keep the callable's object too.
            callable = args = kwargs = None

    def copy(self):
        new = Context()
        new._vars = self._vars  # shared: nobody changes it in place
        return new

    def _check_key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")

    def __getitem__(self, var):
        self._check_key(var)
        return self._vars[var]

    def get(self, var, default=None):
        self._check_key(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        self._check_key(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns, to undo the change with reset()."""

    __module__ = '_contextvars'
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    __class_getitem__ = classmethod(types.GenericAlias)


class ContextVar:
    """A variable whose value depends on the current context."""

    __module__ = '_contextvars'

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        """The value in the current context, else default, else the variable's default."""
        try:
            return _current_context()._vars[self]
        except KeyError:
            pass
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; a Token to undo it."""
        ctx = _current_context()
        token = Token(ctx, self, ctx._vars.get(self, Token.MISSING))
        ctx._vars = {**ctx._vars, self: value}
        return token

    def reset(self, token):
        """Put back the value the variable had before set() made token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current_context()
        if token._context is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        new_vars = dict(ctx._vars)
        if token._old_value is Token.MISSING:
            new_vars.pop(self, None)
        else:
            new_vars[self] = token._old_value
        ctx._vars = new_vars
        token._used = True

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    __class_getitem__ = classmethod(types.GenericAlias)
