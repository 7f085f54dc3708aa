# Shared objects handed to spawned children: the child is a new program,
# so a Value, a lock, a Pipe's end or a Queue travels pickled, with the
# descriptors of its shared memory or pipe kept open for the child.
import multiprocessing as mp


def work(counter, arr, lock, conn, q, d):
    with lock:
        counter.value += 10
    arr[1] = 99
    conn.send(("from child", mp.current_process().name, mp.parent_process().name))
    q.put([1, 2, 3])
    d["spawned"] = True


def ping(conn):
    conn.send(conn.recv() + 1)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    counter = ctx.Value("i", 5)
    arr = ctx.Array("d", [0.5, 1.5, 2.5])
    lock = ctx.Lock()
    parent_end, child_end = ctx.Pipe()
    q = ctx.Queue()
    with ctx.Manager() as manager:
        d = manager.dict()
        p = ctx.Process(target=work, args=(counter, arr, lock, child_end, q, d), name="spawned")
        p.start()
        print(parent_end.recv())
        print(q.get())
        p.join()
        print("exitcode", p.exitcode, "counter", counter.value, "array", arr[:], "dict", dict(d))
    # A pipe each: two processes reading one pipe end could split a message.
    pipes = [ctx.Pipe() for _ in range(2)]
    workers = [ctx.Process(target=ping, args=(theirs,)) for _, theirs in pipes]
    for w in workers:
        w.start()
    for (ours, _), n in zip(pipes, (1, 10)):
        ours.send(n)
    print(sorted(ours.recv() for ours, _ in pipes))
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    try:
        import pickle
        pickle.dumps(lock)
    except RuntimeError as e:
        print("RuntimeError:", e)
