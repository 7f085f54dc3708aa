# select.select and select.poll on descriptors that are always ready (a
# regular file), objects with fileno(), timeouts, and CPython's errors.
import os
import select
import tempfile
import time

print(select.error is OSError)
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)

# Nothing to wait for: select() just sleeps for the timeout.
start = time.monotonic()
print(select.select([], [], [], 0.02))
print(time.monotonic() - start >= 0.015)

fd, path = tempfile.mkstemp()


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "Wrapped()"


w = Wrapped(fd)
r, wr, x = select.select([fd], (w,), [], 0)
print(r == [fd], wr == [w], x)
print(select.select([w, fd], [], [], None)[0] == [w, fd])

for args in ([[-1], [], [], 0], [[object()], [], [], 0], [3, [], [], 0], [[], [], [], "a"],
             [[], [], [], -1], [[99999], [], [], 0], [[], []]):
    try:
        select.select(*args)
    except Exception as e:
        print(type(e).__name__, e)


class BadFileno:
    def fileno(self):
        return "x"


try:
    select.select([BadFileno()], [], [], 0)
except TypeError as e:
    print(e)

p = select.poll()
print(type(p).__name__)
p.register(fd, select.POLLIN)
p.register(w, select.POLLIN | select.POLLOUT)  # the same descriptor: replaces
print(sorted(p.poll(0)) == [(fd, select.POLLIN | select.POLLOUT)])
p.modify(fd, select.POLLOUT)
print(p.poll(10) == [(fd, select.POLLOUT)])
print(p.poll(None) == [(fd, select.POLLOUT)])
p.unregister(fd)
print(p.poll(0))
try:
    p.unregister(fd)
except KeyError as e:
    print("KeyError", e.args == (fd,))
try:
    p.modify(fd, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno == 2)
try:
    p.poll("a")
except TypeError as e:
    print(e)
try:
    type(p)()
except TypeError as e:
    print(e)

os.close(fd)
os.unlink(path)
