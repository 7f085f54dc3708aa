# UDP datagrams between two sockets on 127.0.0.1: sendto/recvfrom, connect
# for a default peer, and a timeout when nothing arrives.
import socket

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
port = receiver.getsockname()[1]
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(sender.type, sender.proto)
for word in ["one", "two", "three"]:
    print(sender.sendto(word.encode(), ("127.0.0.1", port)))
sender_port = sender.getsockname()[1]
for _ in range(3):
    data, (host, from_port) = receiver.recvfrom(100)
    print(data, host, from_port == sender_port)
sender.sendto(b"flags", 0, ("127.0.0.1", port))
print(receiver.recv(100))
sender.connect(("127.0.0.1", port))
sender.send(b"connected")
buf = bytearray(4)
print(receiver.recvfrom_into(buf)[0], buf)
receiver.settimeout(0.02)
print(receiver.gettimeout())
try:
    receiver.recvfrom(100)
except socket.timeout as e:
    print(type(e).__name__, e, e.args)
receiver.setblocking(False)
print(receiver.gettimeout(), receiver.getblocking())
try:
    receiver.recv(100)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
sender.close()
receiver.close()
