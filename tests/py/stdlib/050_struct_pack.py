# struct: packing and unpacking each code in each byte order, alignment,
# repeat counts, strings and floats (half, single, double).
import struct

print(struct.pack('i', 1), struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('!i', -2), struct.pack('=i', 3))
print(struct.unpack('<hH', b'\xff\xff\xff\xff'), struct.unpack('>iI', b'\x80\x00\x00\x00' * 2))

# Every integer code at the edges of its range, in every byte order.
for order in '@=<>!':
    for code in 'bBhHiIlLqQnNP':
        if code in 'nNP' and order != '@':
            continue
        fmt = order + code
        size = struct.calcsize(fmt)
        if code.islower():
            edges = [-(1 << (8 * size - 1)), -1, 0, 1, (1 << (8 * size - 1)) - 1]
        else:
            edges = [0, 1, (1 << (8 * size)) - 1]
        packed = [struct.pack(fmt, v) for v in edges]
        back = [struct.unpack(fmt, p)[0] for p in packed]
        print(fmt, size, [p.hex() for p in packed], back == edges)

# Native alignment: each item starts at a multiple of its size.
for fmt in ['bi', 'ib', 'b0q', 'bd', 'bP', 'ch', 'c e', '?q?', 'hbhi', '3sI', 'bnN', 'iq0i', '<bi', '=bd', '>hq']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('@bhb', 1, 2, 3), struct.pack('@bib', 1, 2, 3))
print(struct.unpack('@bhb', b'\x01\x00\x02\x00\x03'))

# Repeat counts and pad bytes.
print(struct.pack('3h', 1, 2, 3), struct.pack('<2x2bx', 5, 6), struct.unpack('<2x2bx', b'\x00\x00\x05\x06\x00'))
print(struct.calcsize('10x'), struct.calcsize('0i'), struct.pack('0i'), struct.calcsize(''), struct.pack(''))
print(struct.calcsize('<  i  h\t'), struct.calcsize(b'>100s'))

# bool and char
print(struct.pack('????', 0, 5, [], 'x'), struct.unpack('??', b'\x00\x07'), struct.unpack('<?', b'\x02'))
print(struct.pack('c3c', b'a', b'b', b'c', b'd'), struct.unpack('2c', b'xy'))

# 's' pads and truncates; 'p' stores its length first.
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('3s', bytearray(b'xy')), struct.pack('0s', b'zz'))
print(struct.unpack('3s2s', b'abcde'), struct.unpack('0s', b''))
print(struct.pack('5p', b'abcdefg'), struct.pack('5p', b'ab'), struct.pack('1p', b'abc'), struct.pack('0p', b'abc'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\x09ab'), struct.unpack('1p', b'\x05'))
long_p = struct.pack('300p', b'a' * 299)
print(long_p[:3], len(long_p), len(struct.unpack('300p', long_p)[0]))

# Integers through __index__, bools as ints.
class Seven:
    def __index__(self):
        return 7

print(struct.pack('<hq', Seven(), Seven()), struct.pack('<i?', True, True))

# Floats: doubles are exact, singles and halves round to nearest even.
values = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e-310, 1e300, 3.4028234663852886e38, 1.401298464324817e-45,
          65504.0, 65519.99, 6.1e-5, 5.960464477539063e-08, 2.98e-8, 2.99e-8, 1e-8, 1.0009765625, 1.00048828125,
          1.00146484375, 2049.0, 2051.0, float('inf'), float('-inf')]
for v in values:
    d = struct.pack('<d', v)
    row = [d.hex(), struct.unpack('<d', d)[0] == v or v != v]
    try:
        f = struct.pack('<f', v)
        row += [f.hex(), struct.unpack('<f', f)[0]]
    except OverflowError as e:
        row.append(str(e))
    try:
        e2 = struct.pack('>e', v)
        row += [e2.hex(), struct.unpack('>e', e2)[0]]
    except OverflowError as e:
        row.append(str(e))
    print(v, row)
print(struct.pack('f', 3.5e38), struct.pack('f', 1e300), struct.pack('e', 2), struct.pack('d', 1))

# NaNs keep their sign; the half-float NaN is the quiet one.
nan = float('nan')
print(struct.pack('<e', nan), struct.pack('<e', -nan), struct.pack('<f', nan), struct.pack('>d', nan))
print(struct.unpack('<e', b'\x01\x7e'), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'))
print(struct.unpack('<f', b'\x01\x00\x80\x7f'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x03'))

# Every half-float bit pattern reads back to itself.
same = 0
for bits in range(0x10000):
    b = bits.to_bytes(2, 'little')
    x = struct.unpack('<e', b)[0]
    if x != x or struct.pack('<e', x) == b:
        same += 1
print('half round trips:', same)

class Half:
    def __float__(self):
        return 2.5

print(struct.pack('<d', Half()), struct.pack('<f', 7))

# Unpacked values are fresh Python objects.
print(struct.unpack('<Qq', b'\xff' * 16), struct.unpack('N', b'\xff' * 8), struct.unpack('P', b'\x01' + b'\x00' * 7))
print(struct.pack(b'<i', 1), struct.calcsize('!5sx2h'))
