# The Unicode codec errors: their messages and fields.
def attempt(label, f):
    try:
        f()
    except UnicodeError as e:
        print(label, type(e).__name__, e)
        print('   ', e.encoding if not isinstance(e, UnicodeTranslateError) else '-', repr(e.object), e.start, e.end, e.reason)

attempt('encode ascii', lambda: 'é'.encode('ascii'))
attempt('encode ascii 2', lambda: 'abc\u20acd'.encode('ascii'))
attempt('encode ascii astral', lambda: 'x\U0001f600'.encode('ascii'))
attempt('encode latin-1', lambda: 'ab\u20ac\u20ac'.encode('latin-1'))
attempt('decode ascii', lambda: b'ab\xff'.decode('ascii'))
attempt('decode utf-8', lambda: b'\xff'.decode('utf-8'))
attempt('decode utf-8 2', lambda: b'a\xe2\x82'.decode('utf-8'))
attempt('decode utf-8 3', lambda: b'\xe2\x28\xa1'.decode('utf-8'))
attempt('surrogate', lambda: '\ud800'.encode('utf-8'))
e = UnicodeEncodeError('ascii', 'xyz', 1, 3, 'custom reason')
print(e, repr(e), e.args)
d = UnicodeDecodeError('utf-8', b'\x80\x81', 0, 2, 'bad')
print(d, d.object, d.start, d.end)
t = UnicodeTranslateError('abc', 1, 2, 'no way')
print(t, t.object, t.start, t.reason)
import struct
try:
    struct.calcsize('é')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
