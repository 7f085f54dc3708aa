# chr and ord convert between code points and one-character strings.
print(chr(65), chr(233), chr(0x20ac), chr(0x1f600) == '\U0001f600', chr(True) == '\x01')
print(ord('A'), ord('é'), ord('\U0001f600'), ord(b'a'), ord(chr(0x10ffff)))
for v in [-1, 0x110000, 2**70, -2**70, 'a', 1.5]:
    try:
        chr(v)
    except Exception as e:
        print(repr(e))
for v in ['ab', '', b'ab', 1, [1]]:
    try:
        ord(v)
    except Exception as e:
        print(repr(e))
try:
    chr()
except Exception as e:
    print(repr(e))
