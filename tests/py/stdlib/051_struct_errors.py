# struct: the errors, with CPython's exception types and messages.
import struct


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


print(struct.error, struct.error.__module__, struct.error.__mro__[1:], issubclass(struct.error, Exception))

# Malformed formats
for fmt in ['z', '<n', '>N', '=P', '3', '<5', '< i 2 h', '2 h', 'i\x00', '\x00', '999999999999999999999i',
            '9223372036854775807s', '4611686018427387904h', 1, None, b'\xff']:
    attempt('calcsize(%r)' % (fmt,), struct.calcsize, fmt)

# Integers out of range: the message depends on the code and the byte order.
for order in '@<>':
    for code in 'bBhHiIlLqQnNP':
        if code in 'nNP' and order != '@':
            continue
        for v in [-2 ** 64 - 1, -2 ** 63 - 1, -1, 2 ** 31, 2 ** 64, 256, 65536, 2 ** 32]:
            try:
                struct.pack(order + code, v)
            except struct.error as e:
                print(order + code, v, e)

# Values of the wrong type
for fmt, v in [('i', 'x'), ('i', 1.0), ('<q', 1.5), ('>H', None), ('P', 'x'), ('f', 'x'), ('<d', '1'),
               ('e', []), ('c', 'a'), ('c', b'ab'), ('c', bytearray(b'a')), ('s', 1), ('p', 'x'), ('3s', 'ab')]:
    attempt('pack(%r, %r)' % (fmt, v), struct.pack, fmt, v)

# Floats too large, and ints too large for a float.
for fmt, v in [('<f', 1e300), ('>f', 3.4028236e38), ('e', 65520.0), ('<e', 1e10), ('<e', 100000),
               ('<f', 10 ** 39), ('f', 2 ** 2000), ('d', 2 ** 2000)]:
    attempt('pack(%r, %r)' % (fmt, v), struct.pack, fmt, v)

# Argument counts
attempt('pack()', struct.pack)
attempt("pack('i')", struct.pack, 'i')
attempt("pack('i', 1, 2)", struct.pack, 'i', 1, 2)
attempt("pack('x', 1)", struct.pack, 'x', 1)
attempt("pack('ii', 1)", struct.pack, 'ii', 1)
attempt("pack('i', x=1)", struct.pack, 'i', x=1)
attempt('unpack()', struct.unpack)
attempt("unpack('i')", struct.unpack, 'i')
attempt('calcsize()', struct.calcsize)
attempt("calcsize('i', 1)", struct.calcsize, 'i', 1)
attempt('iter_unpack()', struct.iter_unpack)
attempt("iter_unpack('i')", struct.iter_unpack, 'i')
attempt('unpack_from()', struct.unpack_from)
attempt("unpack_from('i')", struct.unpack_from, 'i')
attempt("unpack_from(format='i', buffer=b'abcd')", struct.unpack_from, format='i', buffer=b'abcd')
attempt('pack_into()', struct.pack_into)
attempt("pack_into('i')", struct.pack_into, 'i')
attempt("pack_into('i', buf)", struct.pack_into, 'i', bytearray(8))
attempt("pack_into('i', buf, 0)", struct.pack_into, 'i', bytearray(8), 0)
attempt("pack_into('i', x=1)", struct.pack_into, 'i', x=1)

# Buffers
attempt("unpack('i', b'abc')", struct.unpack, 'i', b'abc')
attempt("unpack('<i', b'abcde')", struct.unpack, '<i', b'abcde')
attempt("unpack('i', 'abcd')", struct.unpack, 'i', 'abcd')
attempt("unpack('i', None)", struct.unpack, 'i', None)
attempt("unpack_from('i', b'abc')", struct.unpack_from, 'i', b'abc')
attempt("unpack_from('i', b'abcdefg', 5)", struct.unpack_from, 'i', b'abcdefg', 5)
attempt("unpack_from('i', b'abcdefg', -1)", struct.unpack_from, 'i', b'abcdefg', -1)
attempt("unpack_from('i', b'abcdefg', -10)", struct.unpack_from, 'i', b'abcdefg', -10)
attempt("unpack_from('i', b'abcd', 'x')", struct.unpack_from, 'i', b'abcd', 'x')
attempt("unpack_from('i', b'abcd', 2**70)", struct.unpack_from, 'i', b'abcd', 2 ** 70)
attempt("pack_into('i', bytearray(2), 0, 1)", struct.pack_into, 'i', bytearray(2), 0, 1)
attempt("pack_into('i', bytearray(8), 6, 1)", struct.pack_into, 'i', bytearray(8), 6, 1)
attempt("pack_into('i', bytearray(8), -2, 1)", struct.pack_into, 'i', bytearray(8), -2, 1)
attempt("pack_into('i', bytearray(8), -10, 1)", struct.pack_into, 'i', bytearray(8), -10, 1)
attempt("pack_into('i', b'abcd', 0, 1)", struct.pack_into, 'i', b'abcd', 0, 1)
attempt("pack_into('i', bytearray(8), 'a', 1)", struct.pack_into, 'i', bytearray(8), 'a', 1)
attempt("pack_into('i', bytearray(8), 2**70, 1)", struct.pack_into, 'i', bytearray(8), 2 ** 70, 1)
attempt("iter_unpack('i', b'abc')", struct.iter_unpack, 'i', b'abc')
attempt("iter_unpack('', b'')", struct.iter_unpack, '', b'')
attempt("iter_unpack('<h', 'ab')", struct.iter_unpack, '<h', 'ab')
attempt("unpack('0p', b'')", struct.unpack, '0p', b'')

# A failed pack_into has already cleared the bytes it was packing into.
buf = bytearray(b'\xff' * 8)
attempt("pack_into('<hh', buf, 2, 1, 'x')", struct.pack_into, '<hh', buf, 2, 1, 'x')
print(buf)

try:
    struct.pack('<h', 70000)
except struct.error as e:
    print('caught', repr(e), e.args)
