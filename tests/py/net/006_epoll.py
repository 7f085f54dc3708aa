# select.epoll on a socket pair: registering, waiting, modify/unregister,
# the errors the kernel reports, closing and the context manager.
import select
import socket

a, b = socket.socketpair()
e = select.epoll()
print(e.closed, e.fileno() > 2)
e.register(a, select.EPOLLIN)
try:
    e.register(a)
except OSError as x:
    print(type(x).__name__, x)
try:
    e.unregister(b)
except OSError as x:
    print(type(x).__name__, x)
try:
    e.modify(b, select.EPOLLIN)
except OSError as x:
    print(type(x).__name__, x)
try:
    e.poll("a")
except TypeError as x:
    print(x)
print(e.poll(0))
b.send(b"x")
print(e.poll(-1) == [(a.fileno(), select.EPOLLIN)], e.poll(timeout=0.01, maxevents=1) == [(a.fileno(), 1)])
e.modify(a, select.EPOLLOUT)
print(e.poll(0.01) == [(a.fileno(), select.EPOLLOUT)])
e.unregister(a)
print(e.poll(0.01))
e.close()
print(e.closed)
e.close()
for call in (e.poll, e.fileno):
    try:
        call()
    except ValueError as x:
        print(x)
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLLRDHUP)
with select.epoll() as f:
    print(f.closed)
print(f.closed)
a.close()
b.close()
