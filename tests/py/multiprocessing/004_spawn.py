# The spawn start method: the child is a fresh interpreter that imports
# this script as __mp_main__ (so module-level code runs again but the
# `if __name__ == "__main__"` block does not), and gets its arguments
# pickled: globals set under the guard do not exist there.
import multiprocessing as mp
import sys

# (Pool workers import it too, at times of their own: they stay quiet.)
if "PoolWorker" not in mp.current_process().name:
    print("module level runs in", __name__)
    sys.stdout.flush()


def task(data):
    data.append(123)
    print("child", mp.current_process().name, "sees", data, "as", __name__)
    try:
        print(name)
    except NameError as e:
        print("NameError:", e)


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print("start method:", mp.get_start_method())
    name = []
    p = mp.Process(target=task, args=(name,))
    p.start()
    p.join()
    print("parent still has", name, "exitcode", p.exitcode)

    q = mp.Queue()
    p = mp.Process(target=q.put, args=("through a queue",))
    p.start()
    print(q.get())
    p.join()

    ctx = mp.get_context("forkserver")
    p = ctx.Process(target=task, args=(["forkserver"],))
    p.start()
    p.join()
    print("forkserver exitcode", p.exitcode)

    with mp.Pool(2) as pool:
        print(pool.map(square, range(6)))
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(sorted(mp.get_all_start_methods()))
