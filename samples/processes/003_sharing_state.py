# Processes share nothing unless asked to.  A Value lives in shared memory
# that every child maps; `value += 1` is a read and a write, so without the
# lock two children can read the same number and one increment is lost.
# A Pool hands work to a few worker processes and collects the results.
import multiprocessing as mp


def add_many(counter, times):
    for _ in range(times):
        with counter.get_lock():       # one process at a time
            counter.value += 1


def square(n):
    return n * n


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    workers = [mp.Process(target=add_many, args=(counter, 500)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("4 x 500 increments under the lock:", counter.value)

    with mp.Pool(processes=3) as pool:
        print("squares:", pool.map(square, range(10)))

    # A Manager's server process holds ordinary objects; the children get
    # proxies that send every method call to it.
    with mp.Manager() as manager:
        scores = manager.dict()
        p = mp.Process(target=scores.__setitem__, args=("ann", 91))
        p.start()
        p.join()
        print("set by a child:", dict(scores))
