# Locks and shared memory between processes: Value and Array live in
# memory the children share, and their lock makes `+=` safe.
import multiprocessing as mp
import time


def add(counter, total, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with total.get_lock():
        total.value += 0.5


def fill(arr, index):
    arr[index] = index * index


def hold_lock(lock, started, release):
    with lock:
        started.set()
        release.wait()


def use_semaphore(sem, inside, peak, lock):
    with sem:
        with lock:
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        time.sleep(0.05)
        with lock:
            inside.value -= 1


def waiter(cond, state):
    with cond:
        state.value += 1
        cond.notify_all()
        while state.value < 100:
            cond.wait()
        state.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    total = mp.Value("d", 0.0)
    print(counter, total)
    workers = [mp.Process(target=add, args=(counter, total, 200)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("counter:", counter.value, "total:", total.value)

    arr = mp.Array("i", 6)
    print(len(arr), arr[:])
    workers = [mp.Process(target=fill, args=(arr, i)) for i in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(arr[:], arr[1:4], arr[-1], arr[::2], list(arr))
    arr[0:2] = [7, 8]
    print(arr[:3])
    print(mp.Array("d", [1.5, 2.5])[:])

    chars = mp.Array("c", b"hello")
    print(chars.value, chars.raw, chars[0], chars[1:3])
    chars.value = b"hi"
    print(chars.value, chars.raw)
    raw = mp.RawValue("i", 5)
    raw.value += 1
    print(raw, raw.value)
    print(mp.Value("c", b"x").value, mp.Value("i", lock=False))

    lock = mp.Lock()
    print(lock)
    print(lock.acquire(), lock)
    print("again without blocking:", lock.acquire(False))
    print("again with timeout:", lock.acquire(timeout=0.05))
    lock.release()
    print(lock)
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)

    rlock = mp.RLock()
    print(rlock)
    with rlock:
        with rlock:
            print(rlock)
    print(rlock)
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError:", e)

    started, release = mp.Event(), mp.Event()
    p = mp.Process(target=hold_lock, args=(lock, started, release))
    p.start()
    print("child started:", started.wait(5))
    print("lock held by child, acquire:", lock.acquire(timeout=0.05))
    release.set()
    p.join()
    print("after child:", lock.acquire(timeout=5))
    lock.release()
    print("event:", started.is_set(), release.is_set())
    release.clear()
    print("cleared:", release.is_set(), release.wait(0.01))

    sem = mp.Semaphore(2)
    print(sem)
    inside, peak = mp.Value("i", 0), mp.Value("i", 0)
    guard = mp.Lock()
    workers = [mp.Process(target=use_semaphore, args=(sem, inside, peak, guard)) for _ in range(5)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("at most", peak.value, "inside at once;", sem.get_value(), "free")
    bounded = mp.BoundedSemaphore(1)
    print(bounded)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = mp.Condition()
    state = mp.Value("i", 0, lock=False)
    workers = [mp.Process(target=waiter, args=(cond, state)) for _ in range(3)]
    for w in workers:
        w.start()
    with cond:
        while state.value < 3:
            cond.wait()
        state.value = 100
        cond.notify_all()
    for w in workers:
        w.join()
    print("condition: all woke:", state.value)
