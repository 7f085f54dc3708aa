# What the objects of multiprocessing look like when printed (process ids
# and addresses written as N).
import multiprocessing as mp
import re
import time


def shown(obj):
    return re.sub(r"\b\d{2,}\b|0x[0-9a-f]+", "N", repr(obj))


def nap():
    time.sleep(0.2)


if __name__ == "__main__":
    p = mp.Process(target=nap, name="napper")
    print(shown(p))
    p.start()
    print(shown(p))
    p.join()
    print(shown(p))
    d = mp.Process(target=nap, daemon=True)
    d.start()
    d.terminate()
    d.join()
    print(shown(d))
    print(shown(mp.current_process()))
    print(mp.Event().is_set(), shown(mp.Event()))
    print(shown(mp.Condition()))
    ctx = mp.get_context("spawn")
    print(shown(ctx.Process(target=nap)))
    print(type(ctx).__name__, ctx.get_start_method())
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError:", e)
