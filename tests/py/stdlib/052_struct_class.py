# struct.Struct, pack_into / unpack_from / iter_unpack.
import struct

s = struct.Struct('<2hxq')
print(type(s), s.format, s.size, struct.Struct(b'>i').format, struct.Struct(format='!h').size)
p = s.pack(1, -2, 3)
print(p, s.unpack(p), s.unpack(bytearray(p)))
print(s.unpack_from(b'\x00' * 3 + p, 3), s.unpack_from(buffer=p), s.unpack_from(p + b'zz', offset=0))
print(s.unpack_from(b'\x00' + p, offset=-len(p)))

buf = bytearray(20)
print(s.pack_into(buf, 2, 7, 8, 9), buf)
struct.pack_into('>I', buf, -4, 0xdeadbeef)
print(buf, struct.unpack_from('>I', buf, 16))
print(struct.unpack_from('<h', buf, offset=2))

it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.Struct('>hb').iter_unpack(bytes(range(9)))))
print(list(struct.iter_unpack('<i', b'')))
print(iter(it) is it)

# Errors of the methods
def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)

t = struct.Struct('i')
attempt('Struct()', struct.Struct)
attempt("Struct('i', 'j')", struct.Struct, 'i', 'j')
attempt('Struct(1)', struct.Struct, 1)
attempt('Struct(bytearray)', struct.Struct, bytearray(b'i'))
attempt("Struct('z')", struct.Struct, 'z')
attempt('t.pack()', t.pack)
attempt('t.pack(1, 2)', t.pack, 1, 2)
attempt('t.pack(x=1)', t.pack, x=1)
attempt('t.unpack()', t.unpack)
attempt('t.unpack(b"a", b"b")', t.unpack, b'a', b'b')
attempt("t.unpack(b'')", t.unpack, b'')
attempt('t.unpack_from()', t.unpack_from)
attempt("t.unpack_from(b'abcd', 1)", t.unpack_from, b'abcd', 1)
attempt("t.unpack_from(b'abcd', 0.5)", t.unpack_from, b'abcd', 0.5)
attempt('t.pack_into()', t.pack_into)
attempt('t.pack_into(buf)', t.pack_into, bytearray(4))
attempt('t.pack_into(buf, 0, 1, 2)', t.pack_into, bytearray(4), 0, 1, 2)
attempt('t.pack_into(buf, 0, 1, x=2)', t.pack_into, bytearray(4), 0, 1, x=2)
attempt('t.pack_into(buf, 0.5, 1)', t.pack_into, bytearray(4), 0.5, 1)
attempt('t.iter_unpack()', t.iter_unpack)
attempt('Struct.__init__(t, 5)', struct.Struct.__init__, t, 5)

# __init__ may run again: the Struct takes the new format.
t.__init__('<h')
print(t.format, t.size, t.pack(3))

# Struct can be subclassed.
class Point(struct.Struct):
    def __init__(self):
        super().__init__('<dd')

    def read(self, data):
        return dict(zip('xy', self.unpack(data)))

pt = Point()
print(isinstance(pt, struct.Struct), pt.size, pt.read(pt.pack(1.5, -2.0)))

# The module functions share one cache of compiled formats.
for i in range(150):
    struct.calcsize('%dB' % i)
struct._clearcache()
print(struct.calcsize('<5B'), struct.Struct.__module__, struct.pack.__module__, struct.Struct.__name__)
print(sorted(struct.__all__))
print(struct.Struct.__doc__ is not None, struct.Struct.pack.__doc__ is not None)
