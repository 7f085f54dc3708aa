"""Names for the built-in types that have no built-in name (CPython:
Lib/types.py).

There is nothing to define: each type is fetched from an object of that
type — FunctionType is type(any function) — so these are the very classes
the interpreter uses.  SimpleNamespace and the class-building helpers
(new_class, prepare_class, resolve_bases) are written here in Python."""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "GenericAlias", "UnionType", "MethodType", "BuiltinFunctionType",
           "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType",
           "MethodDescriptorType", "ClassMethodDescriptorType", "ModuleType", "TracebackType", "FrameType",
           "GetSetDescriptorType", "MemberDescriptorType", "NoneType", "NotImplementedType",
           "EllipsisType", "coroutine", "new_class", "resolve_bases", "prepare_class",
           "DynamicClassAttribute"]


def _f():
    pass

FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]

CellType = type(_cell_factory())


def _g():
    yield 1

GeneratorType = type(_g())


async def _c():
    pass

_c = _c()
CoroutineType = type(_c)
_c.close()  # never awaited on purpose: closed, so no warning


async def _ag():
    yield

AsyncGeneratorType = type(_ag())

GenericAlias = type(list[int])
UnionType = type(int | str)


class _C:
    def _m(self):
        pass

MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)
    del exc

GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ("member",)

MemberDescriptorType = type(_Slotted.member)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _c, _ag, _C, _cell_factory, _Slotted


# Written in C++ (stdlib/namespace_object.cpp), so that sys.implementation
# can be one from the start.
SimpleNamespace = type(__import__("sys").implementation)


# ---- building classes the way the class statement does ----------------------------------------

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560: a base that
    is not a class may stand for others through __mro_entries__."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # The most derived metaclass among meta and the bases' metaclasses.
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute(property):
    """A property that reads differently through a class: there, lookup
    goes on to the metaclass's __getattr__ (enum uses it for .name and
    .value, which are members' attributes but may also be members)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, "__isabstractmethod__", False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Convert regular generator function to a coroutine.

    A generator function gets the CO_ITERABLE_COROUTINE flag on (a copy of)
    its code, so that `await` accepts the generators it makes."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(func.__code__) is CodeType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func  # already awaitable
        if flags & _CO_GENERATOR:
            func.__code__ = func.__code__.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        # Any other callable: what it returns must already be awaitable or
        # a generator marked as above.
        return func(*args, **kwargs)
    return wrapped
