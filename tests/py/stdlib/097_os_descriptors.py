# lseek, pread, pwrite, fsync, fdatasync, blocking mode, pipe2, fdopen, closerange.
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    path = os.path.join(top, 'data')
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    os.write(fd, b'hello world')
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET), os.lseek(fd, -5, os.SEEK_END))
    print(os.read(fd, 5))
    print(os.pread(fd, 5, 0), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pwrite(fd, b'HELLO', 0), os.pwrite(fd, bytearray(b'!'), 11))
    print(os.pread(fd, 100, 0))
    os.fsync(fd)
    os.fdatasync(fd)
    with open(path, 'rb') as f:
        os.fsync(f)
    os.ftruncate(fd, 5)
    print(os.fstat(fd).st_size)
    for call in (lambda: os.lseek(fd, -100, os.SEEK_SET), lambda: os.pread(fd, -1, 0),
                 lambda: os.pwrite(fd, 'text', 0), lambda: os.fsync('x')):
        try:
            call()
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
    os.close(fd)
    for call in (lambda: os.lseek(fd, 0, 0), lambda: os.fsync(fd), lambda: os.ftruncate(fd, 0)):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e, e.filename)

    with os.fdopen(os.open(path, os.O_RDONLY)) as f:
        print(f.read())
    with os.fdopen(os.open(path, os.O_RDONLY), 'rb') as f:
        print(f.read())
    try:
        os.fdopen('x')
    except TypeError as e:
        print(e)

r, w = os.pipe()
print(os.get_blocking(r), os.get_inheritable(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(r, True)
print(os.get_blocking(r))
os.close(r)
os.close(w)

r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r), os.get_blocking(w), os.get_inheritable(r))
os.write(w, b'x')
print(os.read(r, 10))
os.closerange(r, w + 1)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)
