# open(): text and binary files, modes and their errors, universal newlines,
# iteration, with, print(file=...), sys.stdout/stderr, OSError subclasses.
import sys
for a in [('x.txt','rw'), ('x.txt','q'), ('x.txt','rb','utf-8'), ('/nonexist/x','r'), ('/tmp','r'), (1.5,), ('x.txt', 'wb', 0, None, None, '\n')]:
    try:
        open(*a)
    except Exception as e:
        print(type(e).__name__, e)
f = open('t1.txt', 'w')
print(repr(f), f.name, f.mode, f.closed, f.write('héllo\r\nline2\nline3'), f.readable(), f.writable())
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e, [c.__name__ for c in type(e).__mro__])
f.close()
print(f.closed)
try:
    f.write('x')
except Exception as e:
    print(type(e).__name__, e)
f = open('t1.txt')
print(repr(f.read(3)), repr(f.readline()), f.readlines(), repr(f.read()))
f.close()
with open('t1.txt') as f:
    for line in f:
        print(repr(line))
with open('t1.txt', 'rb') as f:
    print(repr(f), f.read(4), f.read())
with open('t1.txt', 'a') as f:
    print(f.write('X'), f.tell())
print(open('t1.txt').read().splitlines())
with open('t1.txt') as f:
    print(f.seek(0), f.tell(), f.readline(), f.tell())
with open('t2.bin', 'wb') as f:
    f.write(b'\x00\x01abc')
    f.write(bytearray(b'!'))
with open('t2.bin', 'rb') as f:
    print(f.read(), type(f).__name__)
print("to stderr", file=sys.stderr)
print("a", "b", sep="-", end="!\n", file=sys.stdout)
with open('t3.txt', 'w') as f:
    print("printed", 1, 2, file=f)
    f.writelines(["x\n", "y\n"])
print(open('t3.txt').read(), end="")
print(repr(sys.stdout)[:40], sys.stdout.name)
try:
    open('t3.txt', 'x')
except FileExistsError as e:
    print(e.errno, e.strerror, e.filename)
try:
    with open('t3.txt') as f:
        f.write('no')
except OSError as e:
    print(type(e).__name__, e)
