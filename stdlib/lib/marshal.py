"""Internal Python object serialization (the format of .pyc files and of
profile statistics): dump/dumps write a value, load/loads read one."""

# marshal (CPython: Python/marshal.c), for the values without code:
# None, bools, StopIteration, Ellipsis, ints, floats, complex numbers,
# str, bytes, tuples, lists, dicts, sets and frozensets.  glasspy's code
# objects are not written (ValueError, as for any other type).
#
# Each value is one type byte, then its contents, little-endian.  Since
# version 3 a reader keeps a table of the values whose type byte has the
# FLAG_REF bit, and 'r' + index refers back to one: CPython sets that bit
# on values with more than one reference, so its output depends on
# reference counts.  This writer never sets it (its output reads back
# the same everywhere, if not byte for byte CPython's); the reader
# understands it, so files that CPython wrote load here.

import math as _math

__all__ = ["dump", "dumps", "load", "loads", "version"]

version = 4

FLAG_REF = 0x80

_INT32_MIN = -2 ** 31
_INT32_MAX = 2 ** 31 - 1


# ---- IEEE 754 doubles, as 8 little-endian bytes ----

def _pack_double(x):
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        bits = 0x7FF8000000000000
    elif _math.isinf(x):
        bits = 0x7FF0000000000000
    elif x == 0:
        bits = 0
    else:
        m, e = _math.frexp(abs(x))  # abs(x) = m * 2**e, 0.5 <= m < 1
        if e - 1 + 1023 >= 1:  # normal: the leading 1 is implicit
            bits = ((e - 1 + 1023) << 52) | (int(_math.ldexp(m, 53)) - (1 << 52))
        else:  # subnormal: a multiple of 2**-1074
            bits = int(_math.ldexp(abs(x), 1074))
    return (bits | (sign << 63)).to_bytes(8, 'little')


def _unpack_double(data):
    bits = int.from_bytes(data, 'little')
    sign = -1.0 if bits >> 63 else 1.0
    exponent = (bits >> 52) & 0x7FF
    mantissa = bits & ((1 << 52) - 1)
    if exponent == 0x7FF:
        return _math.copysign(_math.nan, sign) if mantissa else sign * _math.inf
    if exponent == 0:
        return sign * _math.ldexp(mantissa, -1074)
    return sign * _math.ldexp(mantissa | (1 << 52), exponent - 1075)


# ---- writing ----

def _w_long(out, n):
    out.append((n & 0xFFFFFFFF).to_bytes(4, 'little'))


def _w_size(out, n):
    if n > _INT32_MAX:
        raise ValueError("unmarshallable object")
    _w_long(out, n)


def _w_int(out, value):
    if _INT32_MIN <= value <= _INT32_MAX:
        out.append(b'i')
        _w_long(out, value)
        return
    # 'l': a sign-and-size count, then base 2**15 digits, least significant first.
    digits = []
    n = abs(value)
    while n:
        digits.append(n & 0x7FFF)
        n >>= 15
    out.append(b'l')
    _w_long(out, len(digits) if value > 0 else -len(digits))
    for d in digits:
        out.append(d.to_bytes(2, 'little'))


def _w_str(out, value, ver):
    if ver >= 3 and value.isascii():
        data = value.encode('ascii')
        if ver >= 4 and len(data) < 256:
            out.append(b'z' + len(data).to_bytes(1, 'little'))
        else:
            out.append(b'a')
            _w_size(out, len(data))
        out.append(data)
        return
    data = value.encode('utf-8', 'surrogatepass')
    out.append(b'u')
    _w_size(out, len(data))
    out.append(data)


def _w_object(out, value, ver, depth):
    if depth > 2000:
        raise ValueError("object too deeply nested to marshal")
    t = type(value)
    if value is None:
        out.append(b'N')
    elif value is False:
        out.append(b'F')
    elif value is True:
        out.append(b'T')
    elif value is StopIteration:
        out.append(b'S')
    elif value is Ellipsis:
        out.append(b'.')
    elif t is int:
        _w_int(out, value)
    elif t is float:
        out.append(b'g' + _pack_double(value))
    elif t is complex:
        out.append(b'y' + _pack_double(value.real) + _pack_double(value.imag))
    elif t is str:
        _w_str(out, value, ver)
    elif t is bytes or t is bytearray:
        out.append(b's')
        _w_size(out, len(value))
        out.append(bytes(value))
    elif t is tuple:
        if ver >= 4 and len(value) < 256:
            out.append(b')' + len(value).to_bytes(1, 'little'))
        else:
            out.append(b'(')
            _w_size(out, len(value))
        for item in value:
            _w_object(out, item, ver, depth + 1)
    elif t is list or t is set or t is frozenset:
        out.append({list: b'[', set: b'<', frozenset: b'>'}[t])
        _w_size(out, len(value))
        for item in value:
            _w_object(out, item, ver, depth + 1)
    elif t is dict:
        out.append(b'{')
        for key, item in value.items():
            _w_object(out, key, ver, depth + 1)
            _w_object(out, item, ver, depth + 1)
        out.append(b'0')  # TYPE_NULL ends a dict
    else:
        raise ValueError("unmarshallable object")


def dumps(value, version=version, /):
    """Return the bytes object that would be written to a file by dump(value, file)."""
    out = []  # the pieces, joined at the end
    _w_object(out, value, version, 0)
    return b''.join(out)


def dump(value, file, version=version, /):
    """Write the value on the open file (opened in binary mode)."""
    file.write(dumps(value, version))


# ---- reading ----

class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return bytes(chunk)

    def long(self):
        return int.from_bytes(self.take(4), 'little', signed=True)

    def size(self):
        n = self.long()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def read(self):
        code = self.take(1)[0]
        flag = code & FLAG_REF
        kind = chr(code & ~FLAG_REF)
        # A container gets its table slot before its items are read, so
        # that they may refer to it.
        slot = None
        if flag and kind in '([{<>)':
            slot = len(self.refs)
            self.refs.append(None)
        value = self.read_kind(kind)
        if flag:
            if slot is None:
                self.refs.append(value)
            else:
                self.refs[slot] = value
        return value

    def read_kind(self, kind):
        if kind == 'N':
            return None
        if kind == 'F':
            return False
        if kind == 'T':
            return True
        if kind == 'S':
            return StopIteration
        if kind == '.':
            return Ellipsis
        if kind == 'i':
            return self.long()
        if kind == 'l':
            n = self.long()
            value = 0
            for i in range(abs(n)):
                value |= int.from_bytes(self.take(2), 'little') << (15 * i)
            return -value if n < 0 else value
        if kind == 'g':
            return _unpack_double(self.take(8))
        if kind == 'y':
            real = _unpack_double(self.take(8))
            return complex(real, _unpack_double(self.take(8)))
        if kind == 'f':  # the old text floats
            return float(self.take(self.take(1)[0]).decode('ascii'))
        if kind == 'x':
            real = float(self.take(self.take(1)[0]).decode('ascii'))
            return complex(real, float(self.take(self.take(1)[0]).decode('ascii')))
        if kind in 'zZ':
            return self.take(self.take(1)[0]).decode('ascii')
        if kind in 'aA':
            return self.take(self.size()).decode('ascii')
        if kind in 'ut':
            return self.take(self.size()).decode('utf-8', 'surrogatepass')
        if kind == 's':
            return self.take(self.size())
        if kind == ')':
            return tuple(self.read() for _ in range(self.take(1)[0]))
        if kind == '(':
            return tuple(self.read() for _ in range(self.size()))
        if kind == '[':
            return [self.read() for _ in range(self.size())]
        if kind == '<':
            return {self.read() for _ in range(self.size())}
        if kind == '>':
            return frozenset(self.read() for _ in range(self.size()))
        if kind == '{':
            result = {}
            while True:
                if self.data[self.pos:self.pos + 1] == b'0':
                    self.pos += 1
                    return result
                key = self.read()
                result[key] = self.read()
        if kind == 'r':
            index = self.long()
            if not 0 <= index < len(self.refs) or self.refs[index] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[index]
        raise ValueError("bad marshal data (unknown type code)")


bytes_type = bytes


def loads(bytes, /):
    """Convert the bytes-like object to a value; extra bytes are ignored."""
    return _Reader(bytes_type(bytes)).read()


def load(file, /):
    """Read one value from the open file (opened in binary mode)."""
    start = file.tell() if hasattr(file, 'tell') else None
    data = file.read()
    reader = _Reader(data)
    value = reader.read()
    # What follows the value stays for the next read, as with CPython.
    if start is not None and reader.pos < len(data):
        file.seek(start + reader.pos)
    return value
