# ascii escapes non-ASCII characters of the repr; format uses the
# format-spec mini-language; hash agrees across equal numbers.
print(ascii('héllo\u20ac\U0001f600\n'), ascii(['é', 1]), ascii('plain'), ascii(1.5))
print(format(3.14159, '.2f'), format('x', '>5'), format(255, '#x'), format(1234567, ','), format(True))
print(format([1]), format(1, ''), format(-7, '+05d'))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash(2**61 - 1), hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
for args in [(1, 2), ([1], 'x'), (1, 'z')]:
    try:
        format(*args)
    except Exception as e:
        print(repr(e))
try:
    format()
except Exception as e:
    print(repr(e))
try:
    hash([])
except Exception as e:
    print(repr(e))
try:
    hash({})
except Exception as e:
    print(repr(e))
