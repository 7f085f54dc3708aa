# Queues and Pipes between processes: pickled objects and byte messages.
import multiprocessing as mp
import queue


def producer(q, n):
    for i in range(n):
        q.put({"item": i, "square": i * i})
    q.put(None)


def echo(conn):
    while True:
        try:
            obj = conn.recv()
        except EOFError:
            break
        if obj == "stop":
            conn.send_bytes(b"bye")
            break
        conn.send(("echo", obj))
    conn.close()


def worker(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 10)
        jq.task_done()


if __name__ == "__main__":
    q = mp.Queue()
    print("empty at first:", q.empty(), "qsize:", q.qsize())
    p = mp.Process(target=producer, args=(q, 5))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
    print(got)
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue.Empty from get_nowait")
    q.put("x")
    q.put("y")
    print("qsize:", q.qsize())
    print(q.get(), q.get(), q.empty())

    bounded = mp.Queue(maxsize=1)
    bounded.put(1)
    print("full:", bounded.full())
    try:
        bounded.put(2, timeout=0.05)
    except queue.Full:
        print("queue.Full")
    print(bounded.get())

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    child.close()  # else the parent's copy keeps the pipe open: no EOF
    for obj in [1, "two", [3.0, (4,)], {"five": b"5"}]:
        parent.send(obj)
        print(parent.recv())
    print("poll with nothing sent:", parent.poll(0.01))
    parent.send("stop")
    print("poll once answered:", parent.poll(5))
    print(parent.recv_bytes())
    p.join()
    try:
        parent.recv()
    except EOFError:
        print("EOFError once the child closed its end")
    parent.close()
    try:
        parent.send(1)
    except OSError as e:
        print("OSError:", e)

    reader, writer = mp.Pipe(duplex=False)
    print("one-way:", reader.readable, reader.writable, writer.readable, writer.writable)
    writer.send_bytes(b"0123456789", 2, 5)
    print(reader.recv_bytes())
    try:
        reader.send(1)
    except OSError as e:
        print("OSError:", e)

    sq = mp.SimpleQueue()
    sq.put(("simple", 1))
    print(sq.empty(), sq.get(), sq.empty())

    jq = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=worker, args=(jq, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        jq.put(i)
    jq.join()
    print("all tasks done:", sorted(results.get() for _ in range(6)))
    for w in workers:
        jq.put(None)
    for w in workers:
        w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)
