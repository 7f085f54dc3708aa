# Ctrl-C interrupts blocking waits on descriptors: select(), a socket's
# accept() and recv(), and an asyncio event loop waiting in its selector
# (the task's finally block runs as asyncio.run cancels it).
import asyncio
import select
import socket

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
try:
    print("ready", flush=True)
    select.select([server], [], [])
except KeyboardInterrupt:
    print("caught in select")
try:
    print("ready", flush=True)
    server.accept()
except KeyboardInterrupt:
    print("caught in accept")
a, b = socket.socketpair()
try:
    print("ready", flush=True)
    a.recv(10)
except KeyboardInterrupt:
    print("caught in recv")


async def main():
    try:
        print("ready", flush=True)
        await asyncio.sleep(30)
    finally:
        print("main cleanup")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught in asyncio.run")
print("after")
