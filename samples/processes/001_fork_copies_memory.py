# A process is a separate copy of the program.  With the 'fork' start
# method the child starts as an exact copy of the parent's memory, so it
# sees the parent's globals -- but it changes only its own copy.  To send
# something back, use a Queue or a Pipe: the object travels pickled.
import multiprocessing as mp
import os

shopping = ["milk"]


def child(q):
    shopping.append("eggs")            # changes the child's copy only
    print("child sees", shopping)
    q.put(("child's list", shopping))  # a pickled copy goes to the parent


if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print("parent receives", q.get())
    p.join()
    print("parent still has", shopping)
    print("the child was another process:", p.pid != os.getpid())

    # exitcode tells how the child ended: 0 normally, 1 after an exception,
    # -N when signal N killed it.
    print("exitcode", p.exitcode)
