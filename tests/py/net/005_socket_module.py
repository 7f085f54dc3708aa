# The socket module's functions and constants: byte order, addresses as
# text and bytes, getaddrinfo on numbers, socketpair, makefile, errors.
import socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SHUT_RDWR, socket.IPPROTO_TCP)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
print(socket.gaierror.__module__, socket.herror.__name__)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for f, arg in [(socket.htons, 70000), (socket.htons, -1), (socket.inet_aton, "x"),
               (socket.inet_ntoa, b"12"), (socket.inet_pton, "1.2.3.4.5")]:
    try:
        print(f(arg) if f is not socket.inet_pton else f(socket.AF_INET, arg))
    except (OSError, OverflowError) as e:
        print(type(e).__name__, e)
print(socket.inet_aton("1.2.3"), socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(isinstance(socket.gethostname(), str))
try:
    socket.getaddrinfo("127.0.0.1", 1.5)
except OSError as e:
    print(e)

s = socket.socket()
for address in ["x", ("a",), ("127.0.0.1", "x"), ("127.0.0.1", 70000), (1, 2)]:
    try:
        s.bind(address)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(s.gettimeout(), s.getblocking())
s.settimeout(2)
print(s.gettimeout(), s.getblocking())
try:
    s.settimeout(-1)
except ValueError as e:
    print(e)
s.close()
s.close()
print(s.fileno(), repr(s))
try:
    s.send(b"x")
except OSError as e:
    print(type(e).__name__, e)

a, b = socket.socketpair()
print(a.family, a.type, repr(a.getsockname()))
with a, b:
    a.sendall(b"line one\nline two\nrest")
    a.shutdown(socket.SHUT_WR)
    f = b.makefile("rb")
    print(f.readline(), f.readline(), f.read())
    f.close()
    w = b.makefile("w")
    w.write("text through a file\n")
    w.flush()
    w.close()
    print(a.makefile("r").readline())
print(a.fileno(), b.fileno())

try:
    a.send(b"str")
except OSError as e:
    print(type(e).__name__, e)
c, d = socket.socketpair()
try:
    c.send("str")
except TypeError as e:
    print(e)
d.close()
try:
    c.send(b"x" * 10)
    c.send(b"x" * 10)
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
c.close()

# dup() and fromfd(): new descriptors for the same socket.
e, f = socket.socketpair()
g = e.dup()
print(g.fileno() != e.fileno(), g.family, g.type)
e.close()
g.sendall(b"via dup")
print(f.recv(100))
h = socket.fromfd(f.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print(h.fileno() != f.fileno(), h.type)
for s in (f, g, h):
    s.close()
