# loop.sock_* coroutines on a non-blocking socket pair, and asynchronous
# generators: async for, and the ones run() closes at the end.
import asyncio
import socket


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker closed")


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)

    async def reader():
        data = await loop.sock_recv(b, 100)
        print("received", data)
        await loop.sock_sendall(b, data[::-1])

    task = asyncio.create_task(reader())
    await asyncio.sleep(0.01)
    await loop.sock_sendall(a, b"ping")
    print("reply", await loop.sock_recv(a, 100))
    await task
    a.close()
    b.close()

    print([i async for i in ticker(3)])
    agen = ticker(10)
    print(await agen.__anext__(), await agen.__anext__())
    # left suspended: asyncio.run's shutdown_asyncgens closes it


asyncio.run(main())
print("after run")
