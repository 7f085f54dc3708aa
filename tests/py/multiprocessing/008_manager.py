# Manager(): objects in a server process, used from other processes
# through proxies.
import multiprocessing as mp


def fill(d, l, i):
    d[i] = i * i
    l.append(i)


def count(value, lock, n):
    for _ in range(n):
        with lock:
            value.value += 1


def consume(q, out):
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item.upper())


def set_attr(ns):
    ns.answer = 42


if __name__ == "__main__":
    with mp.Manager() as manager:
        d = manager.dict()
        l = manager.list()
        workers = [mp.Process(target=fill, args=(d, l, i)) for i in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(sorted(d.items()), sorted(l))
        print(len(d), 2 in d, d.get(3), d.get(10, "missing"), sorted(d.keys()), sorted(d.values()))
        d.update({"x": 1})
        print(d["x"], d.pop("x"), "x" in d)
        print(type(d).__name__, type(l).__name__)
        l.sort()
        print(l, l[0], l[-1], len(l), list(l))
        l[0] = "first"
        l.extend(["a", "b"])
        print(l, l.index("a"), l.count("b"))
        print(str(manager.dict({"k": [1, 2]})), manager.list(range(3)))
        try:
            d["nope"]
        except KeyError as e:
            print("KeyError:", e)

        value = manager.Value("i", 0)
        lock = manager.Lock()
        workers = [mp.Process(target=count, args=(value, lock, 50)) for _ in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print("value:", value.value)

        q = manager.Queue()
        out = manager.list()
        p = mp.Process(target=consume, args=(q, out))
        p.start()
        for word in ["spam", "eggs", "ham"]:
            q.put(word)
        q.put(None)
        p.join()
        print(list(out), q.empty(), q.qsize())

        ns = manager.Namespace()
        ns.x = 1
        p = mp.Process(target=set_attr, args=(ns,))
        p.start()
        p.join()
        print(ns.x, ns.answer)

        rlock = manager.RLock()
        with rlock:
            with rlock:
                print("re-entered the manager's RLock")
        event = manager.Event()
        event.set()
        print("event:", event.is_set())
    print("manager shut down")
