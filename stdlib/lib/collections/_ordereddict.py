"""OrderedDict: a dict that remembers insertion order and can reorder
itself (CPython: Objects/odictobject.c, and a pure-Python version with a
doubly linked list in Lib/collections/__init__.py).

Since Python 3.7 every dict keeps insertion order, so glasspy's OrderedDict
is a dict subclass that adds what a plain dict lacks: move_to_end,
popitem(last=False), order-sensitive == between OrderedDicts, and
reversed views.  Moving a key to the end is "remove it and insert it again";
moving it to the front rebuilds the dict, which is O(n) where CPython's
linked list is O(1) — the price of storing the order only once."""

from reprlib import recursive_repr as _recursive_repr
from .abc import KeysView, ItemsView, ValuesView


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    __module__ = "collections"

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)   # a dict's popitem is already LIFO
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __reversed__(self):
        # TODO(#8): glasspy's dict has no __reversed__ yet; a copy of the keys stands in.
        yield from reversed(list(dict.keys(self)))

    def __eq__(self, other):
        # Two OrderedDicts are equal only in the same order; against a
        # plain dict, order does not matter.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return _OrderedDictKeysView(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return _OrderedDictItemsView(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return _OrderedDictValuesView(self)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return self.__class__, (), state, None, iter(self.items())

    @_recursive_repr("...")
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result


class _OrderedDictKeysView(KeysView):
    __slots__ = ()

    def __reversed__(self):
        yield from reversed(list(dict.keys(self._mapping)))

    def __repr__(self):
        return f"odict_keys({list(self)!r})"


class _OrderedDictItemsView(ItemsView):
    __slots__ = ()

    def __reversed__(self):
        for key in reversed(list(dict.keys(self._mapping))):
            yield (key, self._mapping[key])

    def __repr__(self):
        return f"odict_items({list(self)!r})"


class _OrderedDictValuesView(ValuesView):
    __slots__ = ()

    def __reversed__(self):
        for key in reversed(list(dict.keys(self._mapping))):
            yield self._mapping[key]

    def __repr__(self):
        return f"odict_values({list(self)!r})"
