# marshal (written in Python here) for the values pstats files hold: each
# value reads back equal, CPython's own bytes (with FLAG_REF references)
# read back, and CPython's errors.
import marshal, math
vals = [None, True, False, StopIteration, ..., 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -(2**65) + 7,
        0.0, -0.0, 1.5, 1e308, 5e-324, 2.2250738585072014e-308, -3.25e-310, math.inf, -math.inf, 1/3, 1j, complex(-2.5, 1e-5),
        '', 'abc', 'é€😀', 'x' * 300, b'', b'\x00\xff', bytearray(b'ab'),
        (), (1, 'a'), tuple(range(300)), [1, [2, 3]], {'a': 1, (1, 2): [3]}, {1, 2}, frozenset({'q'}),
        {('a.py', 1, 'f'): (1, 2, 0.5, 0.25, {('~', 0, '<x>'): (1, 1, 0.0, 0.0)})}]
for v in vals:
    d = marshal.dumps(v)
    back = marshal.loads(d)
    print(repr(back)[:60], back == v or (v != v), type(back).__name__)
print(math.isnan(marshal.loads(marshal.dumps(math.nan))))
# CPython's own bytes, with references, read back
cp = b'\xfb\xa9\x03\xfa\x04a.py\xe9\x01\x00\x00\x00\xda\x01f)\x05r\x03\x00\x00\x00\xe9\x02\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\xe0?\xe7\x00\x00\x00\x00\x00\x00\xd0?{\xa9\x03\xfa\x01~\xe9\x00\x00\x00\x00\xfa\x03<x>\xa9\x04r\x03\x00\x00\x00r\x03\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\x00\x00r\r\x00\x00\x0000'
print(marshal.loads(cp))
for bad in [object(), print]:
    try: marshal.dumps(bad)
    except ValueError as e: print("ValueError", e)
try: marshal.loads(b'i\x01')
except EOFError as e: print("EOFError", e)
try: marshal.loads(b'\x01')
except ValueError as e: print("ValueError", e)
print(marshal.version, marshal.loads(marshal.dumps((1, 2.5, 'x')) + b'junk'))
import io
f = io.BytesIO()
marshal.dump([1], f); marshal.dump('two', f)
f.seek(0)
print(marshal.load(f), marshal.load(f))
