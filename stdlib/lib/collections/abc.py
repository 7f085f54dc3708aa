"""The abstract base classes of the container protocols: Iterable,
Iterator, Sized, Container, Sequence, Mapping, Set and their mutable forms.

glasspy's own implementation (CPython: Lib/_collections_abc.py).  Each ABC
names the methods that make up its protocol.  The one-method protocols
(Iterable, Sized, Hashable, ...) accept any class that defines those methods,
through __subclasshook__, so isinstance([], Iterable) holds although list
never inherits from Iterable.  The richer ones (Sequence, Mapping) accept
only real subclasses and the classes registered with them, since having a
__getitem__ does not say whether keys are positions or names; they also give
their subclasses "mixin" methods built from the abstract ones."""

from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod
import sys as _sys

_GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

def _check_methods(C, *methods):
    """Whether class C (or a class in its MRO) defines every method named;
    a name set to None there means "explicitly not supported"."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ---- one-method protocols ----------------------------------------------------------------------

class Hashable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=_ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_GenericAlias)

    @_abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented


class Coroutine(Awaitable):
    __slots__ = ()

    @_abstractmethod
    def send(self, value):
        raise StopIteration

    @_abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, "__await__", "send", "throw", "close")
        return NotImplemented


class AsyncIterable(metaclass=_ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_GenericAlias)

    @_abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @_abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, "__aiter__", "__anext__", "asend", "athrow", "aclose")
        return NotImplemented


class Iterable(metaclass=_ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_GenericAlias)

    @_abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented


class Iterator(Iterable):
    __slots__ = ()

    @_abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, "__iter__", "__next__")
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @_abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    """An iterator that can also be sent values, thrown into and closed:
    what a generator function returns."""
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @_abstractmethod
    def send(self, value):
        raise StopIteration

    @_abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, "__iter__", "__next__", "send", "throw", "close")
        return NotImplemented


class Sized(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=_ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_GenericAlias)

    @_abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class _CallableGenericAlias:
    """Callable[[arg, ...], result] or Callable[..., result]: the argument
    list stays a list in the repr, while __args__ is flat (arg, ..., result),
    as typing expects."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        def name(t):
            if t is Ellipsis:
                return "..."
            if isinstance(t, type) and not isinstance(t, _GenericAlias):
                return t.__qualname__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"
            return repr(t)
        *params, result = self.__args__
        if len(params) == 1 and params[0] is Ellipsis:
            inner = "..."
        else:
            inner = "[" + ", ".join(name(p) for p in params) + "]"
        return f"collections.abc.Callable[{inner}, {name(result)}]"

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Callable(metaclass=_ABCMeta):
    __slots__ = ()

    def __class_getitem__(cls, item):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = item
        if isinstance(params, list):
            args = (*params, result)
        elif params is Ellipsis:
            args = (Ellipsis, result)
        else:
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {params}")
        return _CallableGenericAlias(cls, args)

    @_abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented


# The files that follow hold the richer ABCs with their mixin methods.
from ._abc_sets import Set, MutableSet
from ._abc_mappings import (Mapping, MutableMapping, MappingView, KeysView, ItemsView,
                            ValuesView)
from ._abc_sequences import Sequence, MutableSequence, ByteString

# They were defined in helper files, but belong to (and print as) this module.
for _cls in (Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
             ValuesView, Sequence, MutableSequence, ByteString):
    _cls.__module__ = __name__
del _cls

# ---- the built-in types each ABC claims --------------------------------------------------------

def _gen():
    yield

Generator.register(type(_gen()))
del _gen
