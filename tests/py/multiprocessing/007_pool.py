# Pool and ProcessPoolExecutor: calls spread over worker processes, results
# (and exceptions) sent back pickled.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x


def add(a, b=0):
    return a + b


def fail(x):
    raise ValueError("bad value %r" % x)


def worker_name(_):
    return mp.current_process().name.startswith("ForkPoolWorker-")


def init(value):
    global setting
    setting = value


def read_setting(_):
    return setting


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(pool)
        print(pool.map(square, range(10)))
        print(pool.map(square, range(20), chunksize=3))
        print(pool.map(square, []))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.apply(add, (1,), {"b": 41}))
        results = [pool.apply_async(square, (i,)) for i in range(5)]
        print([r.get(timeout=10) for r in results], results[0].ready(), results[0].successful())
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(pool.map_async(square, range(4)).get())
        print(set(pool.map(worker_name, range(6))))
        collected = []
        r = pool.apply_async(square, (9,), callback=collected.append)
        r.wait()
        print("callback got", collected)
        errors = []
        r = pool.apply_async(fail, (1,), error_callback=lambda e: errors.append(repr(e)))
        r.wait()
        print("successful:", r.successful(), errors)
        try:
            pool.map(fail, [1])
        except ValueError as e:
            print("ValueError from a worker:", e)
        try:
            r.get()
        except ValueError as e:
            print("get() raises it again:", e)
    pool = mp.Pool(2, initializer=init, initargs=("initialised",))
    print(pool.map(read_setting, range(3)))
    pool.close()
    pool.join()
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print("ValueError:", e)

    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, i) for i in range(6)]
        print([f.result() for f in futures])
        print(sorted(f.result() for f in as_completed(futures)))
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30])))
        bad = ex.submit(fail, "x")
        print("exception:", repr(bad.exception()))
        done = []
        f = ex.submit(square, 12)
        f.add_done_callback(lambda fut: done.append(fut.result()))
        f.result()
    print("done callback:", done)
    ex = ProcessPoolExecutor(2)
    print(ex.submit(add, 2, 3).result())
    ex.shutdown(wait=True)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
