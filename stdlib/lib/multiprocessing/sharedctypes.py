"""Value and Array in shared memory (CPython: multiprocessing/sharedctypes.py).

CPython lays them out as ctypes objects in shared memory; glasspy keeps
the same bytes (the struct module's native layout for the typecode) in an
arena of heap.py, and reads or writes them on each access.  The names that
reprs show are ctypes' (c_int, c_double, c_char...).  Value and Array wrap
the raw object with a lock (an RLock unless one is given) shared by every
process; RawValue and RawArray have none.
"""
import struct

from . import context
from . import heap

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': 'c_char', 'u': 'c_wchar',
    'b': 'c_byte', 'B': 'c_ubyte',
    'h': 'c_short', 'H': 'c_ushort',
    'i': 'c_int', 'I': 'c_uint',
    'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_longlong', 'Q': 'c_ulonglong',
    'f': 'c_float', 'd': 'c_double',
}


def _assert_spawning(type_name):
    if context.get_spawning_popen() is None:
        raise RuntimeError('%s objects should only be shared between processes'
                           ' through inheritance' % type_name)


def _struct_code(typecode):
    if typecode not in typecode_to_type:
        raise TypeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    return '@' + ('i' if typecode == 'u' else typecode)


def _decode(typecode, value):
    if typecode == 'u':
        return chr(value)
    return value


def _encode(typecode, value):
    if typecode == 'u':
        return ord(value)
    return value


def _slice_range(s, length):
    """The indices a slice selects from a sequence of this length."""
    step = 1 if s.step is None else s.step
    if step == 0:
        raise ValueError('slice step cannot be zero')
    lower, upper = (0, length) if step > 0 else (-1, length - 1)

    def clip(value, default):
        if value is None:
            return default
        if value < 0:
            value += length
            return max(value, lower)
        return min(value, upper)

    start = clip(s.start, lower if step > 0 else upper)
    stop = clip(s.stop, upper if step > 0 else lower)
    return range(start, stop, step)


class _SharedValue:
    """A raw shared scalar (what CPython's ctypes c_int etc. would be)."""

    def __init__(self, typecode, buffer=None):
        self._typecode = typecode
        self._format = _struct_code(typecode)
        self._buffer = buffer or heap.BufferWrapper(struct.calcsize(self._format))

    @property
    def value(self):
        value = struct.unpack(self._format, self._buffer.read())[0]
        return _decode(self._typecode, value)

    @value.setter
    def value(self, value):
        self._buffer.write(struct.pack(self._format, _encode(self._typecode, value)))

    def __repr__(self):
        return '%s(%r)' % (typecode_to_type[self._typecode], self.value)

    def __reduce__(self):
        _assert_spawning(typecode_to_type[self._typecode])
        return (_SharedValue, (self._typecode, self._buffer))


class _SharedArray:
    """A raw shared array of one typecode."""

    def __init__(self, typecode, length, buffer=None):
        self._typecode = typecode
        self._format = _struct_code(typecode)
        self._itemsize = struct.calcsize(self._format)
        self._length = length
        self._buffer = buffer or heap.BufferWrapper(self._itemsize * length)

    def __len__(self):
        return self._length

    def _get(self, i):
        raw = self._buffer.read(i * self._itemsize, self._itemsize)
        return _decode(self._typecode, struct.unpack(self._format, raw)[0])

    def _set(self, i, value):
        self._buffer.write(struct.pack(self._format, _encode(self._typecode, value)), i * self._itemsize)

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._get(k) for k in _slice_range(i, self._length)]
            if self._typecode == 'c':
                return b''.join(items)
            if self._typecode == 'u':
                return ''.join(items)
            return items
        return self._get(self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = _slice_range(i, self._length)
            if len(value) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            if self._typecode == 'c':
                value = [value[k:k + 1] for k in range(len(value))]
            for k, v in zip(indices, value):
                self._set(k, v)
        else:
            if self._typecode == 'c' and isinstance(value, int):
                value = bytes([value])
            self._set(self._index(i), value)

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._typecode == 'c':
            data = self[:]
            end = data.find(b'\0')
            return data if end < 0 else data[:end]
        if self._typecode == 'u':
            data = self[:]
            end = data.find('\0')
            return data if end < 0 else data[:end]
        raise AttributeError("'%s' object has no attribute 'value'" % self._type_name())

    @value.setter
    def value(self, value):
        if self._typecode not in 'cu':
            raise AttributeError("'%s' object has no attribute 'value'" % self._type_name())
        if len(value) > self._length:
            raise ValueError('byte string too long' if self._typecode == 'c' else 'string too long')
        self[:len(value)] = value
        if len(value) < self._length:
            self[len(value)] = b'\0' if self._typecode == 'c' else '\0'

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % self._type_name())
        return self[:]

    def _type_name(self):
        return '%s_Array_%d' % (typecode_to_type[self._typecode], self._length)

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s object at %#x>' % (self._type_name(), id(self))

    def __reduce__(self):
        _assert_spawning(self._type_name())
        return (_SharedArray, (self._typecode, self._length, self._buffer))


def _typecode_of(typecode_or_type):
    if isinstance(typecode_or_type, str):
        return typecode_or_type
    name = getattr(typecode_or_type, '__name__', None)
    for code, ctype_name in typecode_to_type.items():
        if ctype_name == name:
            return code
    raise TypeError('unsupported type %r' % (typecode_or_type,))


def RawValue(typecode_or_type, *args):
    """A shared scalar without a lock."""
    obj = _SharedValue(_typecode_of(typecode_or_type))
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array without a lock: of a length (zeroed) or of a sequence's items."""
    typecode = _typecode_of(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _SharedArray(typecode, size_or_initializer)
    items = list(size_or_initializer)
    if typecode == 'c' and isinstance(size_or_initializer, bytes):
        items = [size_or_initializer[k:k + 1] for k in range(len(size_or_initializer))]
    obj = _SharedArray(typecode, len(items))
    for k, v in enumerate(items):
        obj._set(k, v)
    return obj


def _lock_for(lock, ctx):
    if lock in (True, None):
        if ctx is None:
            ctx = context._default_context.get_context()
        return ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared scalar, with a lock unless lock=False."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_for(lock, ctx))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array, with a lock unless lock=False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, _lock_for(lock, ctx))


def copy(obj):
    if isinstance(obj, _SharedValue):
        return RawValue(obj._typecode, obj.value)
    return RawArray(obj._typecode, obj[:])


def synchronized(obj, lock=None, ctx=None):
    lock = _lock_for(lock, ctx)
    if isinstance(obj, _SharedArray):
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else _lock_for(True, ctx)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        context.assert_spawning(self)
        return (type(self), (self._obj, self._lock))

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __iter__(self):
        with self._lock:
            return iter(self._obj[:])

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw
