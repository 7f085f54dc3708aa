b = bytearray(b'abcdef')
for stmt in ["b[0] = 65", "b[1:3] = b'XYZ'", "del b[0]", "del b[1:3]", "b[-1] = 0x21", "b[::2] = b'123'", "b += b'!!'", "b.extend(b'qq')", "b.append(46)", "b.insert(0, 62)", "print(b.pop())", "print(b.pop(0))", "b.remove(ord('Z'))", "b.reverse()", "b.clear()", "b[0:0] = b'hello'", "b[0] = 300", "b[0] = 'x'", "b[10] = 1", "b[1:2] = [119, 120]", "b[0:1] = 5", "b *= 2", "print(b.copy())"]:
    try:
        exec(stmt)
        print(stmt, '->', b)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
c = bytearray(b'0123456789')
del c[::3]
print(c)
c[1::2] = b'abcd'[:len(c[1::2])]
print(c)
c[2:5] = c
print(c)
c[::-1] = bytearray(reversed(c))
print(c)
try:
    c['x'] = 1
except TypeError as e:
    print(e)
try:
    c.extend(5)
except TypeError as e:
    print(e)
try:
    c.extend('ab')
except TypeError as e:
    print(e)
print(bytearray().pop if False else 'ok')
try:
    bytearray().pop()
except IndexError as e:
    print(e)
