"""Weak references and the containers built on them.

ref, getweakrefcount and getweakrefs are native (_weakref, on
runtime/weakref.cpp).  Everything else is written here with them: a
WeakValueDictionary keeps a weak reference to each value whose callback
removes the entry when the value dies; a WeakKeyDictionary keys on weak
references, which hash and compare like their referents; a WeakSet is a
set of weak references; finalize calls a function when an object dies.
"""
import sys
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "WeakValueDictionary", "WeakSet", "finalize"]


class ProxyType:
    """A weak proxy: behaves like its referent while it lives, and raises
    ReferenceError once it has died."""

    __slots__ = ("_ref",)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_ref", ref(obj, (lambda r: callback(self)) if callback else None))

    def _target(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        return f"<weakproxy at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"

    def __str__(self):
        return str(ProxyType._target(self))

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __bool__(self):
        return bool(ProxyType._target(self))

    __hash__ = None


def proxy(obj, callback=None):
    """proxy(object[, callback]) -- create a proxy object that weakly references 'object'."""
    ref(obj)  # the same TypeError for objects that cannot be weakly referenced
    return ProxyType(obj, callback)


class WeakValueDictionary:
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                # Only if the entry still holds this reference (the key may
                # have been given a new value meanwhile).
                if self.data.get(wr.key) is wr:
                    del self.data[wr.key]
        self._remove = remove
        self.update(other, **kwargs)

    def _ref(self, key, value):
        wr = _KeyedRef(value, self._remove)
        wr.key = key
        return wr

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def items(self):
        for key, wr in list(self.data.items()):
            obj = wr()
            if obj is not None:
                yield key, obj

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        wr = self.data.get(key)
        obj = wr() if wr is not None else None
        return default if obj is None else obj

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        obj = wr() if wr is not None else None
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def update(self, other=(), /, **kwargs):
        pairs = other.items() if hasattr(other, "items") else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def clear(self):
        self.data.clear()


class _KeyedRef:
    """A weak reference that also remembers the key it is stored under
    (CPython's KeyedRef subclasses ref; glasspy's ref type cannot be
    subclassed yet, so this one wraps a ref)."""

    __slots__ = ("_wr", "key", "__weakref__")

    def __init__(self, obj, callback):
        self._wr = ref(obj, lambda wr, self_ref=ref(self): _call_keyed(self_ref, callback))

    def __call__(self):
        return self._wr()


def _call_keyed(self_ref, callback):
    keyed = self_ref()
    if keyed is not None:
        callback(keyed)


class WeakKeyDictionary:
    """Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def keys(self):
        return iter(self)

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def items(self):
        for wr, value in list(self.data.items()):
            obj = wr()
            if obj is not None:
                yield obj, value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, "items") else dict
            for key, value in pairs:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy


class WeakSet:
    """A set whose elements are held weakly: an element that dies leaves it."""

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(set(self)).join(("WeakSet(", ")")) if self else "WeakSet()"

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            obj = wr()
            if obj is not None:
                return obj

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true."""

    _registry = {}
    _index = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        self._wr = ref(obj, self)
        finalize._index += 1
        finalize._registry[self] = (func, args, kwargs or None, finalize._index)
        self.atexit = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None"""
        info = finalize._registry.pop(self, None)
        if info is not None:
            func, args, kwargs, _index = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None"""
        info = finalize._registry.get(self)
        obj = info and self._wr()
        if obj is not None and finalize._registry.pop(self, None):
            func, args, kwargs, _index = info
            return (obj, func, args, kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        info = finalize._registry.get(self)
        obj = info and self._wr()
        if obj is not None:
            func, args, kwargs, _index = info
            return (obj, func, args, kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in finalize._registry

    def __repr__(self):
        obj = self._wr()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return (f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} "
                f"at {id(obj):#x}>")

    @staticmethod
    def _exitfunc():
        # The finalizers still alive at exit run now, newest first.
        pending = sorted(((info[3], f) for f, info in finalize._registry.items() if f.atexit),
                         reverse=True)
        for _index, f in pending:
            f()
