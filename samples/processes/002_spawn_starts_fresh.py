# With the 'spawn' start method the child is a fresh interpreter.  It
# imports this file again -- as the module __mp_main__, so the code under
# `if __name__ == "__main__":` does not run twice -- and receives the
# target and its arguments pickled.  Globals set under the guard do not
# exist there.
import multiprocessing as mp

print("importing as", __name__)


def child(args_copy):
    print("child got", args_copy)
    try:
        print(settings)
    except NameError as e:
        print("NameError:", e)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    settings = {"debug": True}
    p = mp.Process(target=child, args=([1, 2, 3],))
    p.start()
    p.join()
    print("child exitcode", p.exitcode)
