# An echo server with asyncio.start_server on 127.0.0.1 (an ephemeral
# port) and clients with open_connection: readline, read, readexactly,
# write/drain, close/wait_closed, get_extra_info.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: client from", peer[0])
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    print("server: client sent EOF")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), len(server.sockets))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(writer.get_extra_info("peername") == ("127.0.0.1", port))
    for text in [b"hello\n", b"asyncio streams\n"]:
        writer.write(text)
        await writer.drain()
        print(await reader.readline())
    writer.write(b"abcdef\n")
    print(await reader.readexactly(3), await reader.readuntil(b"\n"))
    writer.write(b"x" * 50000 + b"\n")
    await writer.drain()
    data = await reader.readline()
    print(len(data), data[:5])
    writer.write_eof()
    print(await reader.read(), reader.at_eof())
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())
    server.close()
    await server.wait_closed()
    print(server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError", e.errno)


asyncio.run(main())
