# A TCP echo server in a thread on 127.0.0.1 (an ephemeral port), a client
# talking to it: bind/listen/accept/connect/send/recv, reprs, shutdown.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print(host, isinstance(port, int) and port > 0)


def shown(sock):
    # The port is different every run.
    return repr(sock).replace(str(port), "PORT").replace(str(sock.fileno()), "FD")


print(shown(server))
print(server.family, server.type, server.proto, repr(server.family), repr(server.type))


log = []  # what the server saw, printed once it is done (no interleaving)


def serve():
    conn, addr = server.accept()
    with conn:
        log.append("server: connection from " + addr[0])
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    log.append("server: client closed")


t = threading.Thread(target=serve)
t.start()

with socket.socket() as client:
    client.connect(("127.0.0.1", port))
    print(client.getpeername() == ("127.0.0.1", port))
    for message in [b"hello", b"world", b"x" * 100000]:
        client.sendall(message)
        got = b""
        while len(got) < len(message):
            got += client.recv(65536)
        print(got[:20], len(got))
    buf = bytearray(10)
    client.sendall(b"into")
    print(client.recv_into(buf), buf)
    client.shutdown(socket.SHUT_WR)
    rest = client.recv(10)
    t.join()
    print(rest)
print("\n".join(log))
print(shown(client))
server.close()
print(shown(server))
try:
    server.accept()
except OSError as e:
    print(type(e).__name__, e)

# Nobody listens on a closed port: connect is refused.
with socket.socket() as s:
    try:
        s.connect(("127.0.0.1", port))
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError", e.errno == 111)
with socket.socket() as s:
    print(s.connect_ex(("127.0.0.1", port)))
