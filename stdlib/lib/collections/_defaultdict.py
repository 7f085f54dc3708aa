"""defaultdict: a dict that makes a missing key's value by calling a
factory (CPython: defdict in Modules/_collectionsmodule.c).

It relies on one hook of dict itself: d[key] on a dict subclass that
defines __missing__ calls it when key is absent (dict.__getitem__ does,
d.get(key) does not).  __missing__ stores and returns default_factory()."""


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    __module__ = "collections"

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = "None" if self.default_factory is None else _factory_repr(self)
        return f"{type(self).__name__}({factory}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


# A factory can be a defaultdict's own bound method (d.default_factory =
# d.copy): printing it must not print d again without end.
_printing = set()


def _factory_repr(d):
    if id(d) in _printing:
        return "..."
    _printing.add(id(d))
    try:
        return repr(d.default_factory)
    finally:
        _printing.discard(id(d))
