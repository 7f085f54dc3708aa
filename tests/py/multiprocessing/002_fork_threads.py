# After os.fork only the forking thread exists in the child: threading
# forgets the others, and the child can start threads of its own.
import os
import sys
import threading

stop = threading.Event()
worker = threading.Thread(target=stop.wait, name="waiter")
worker.start()
print("parent threads:", sorted(t.name for t in threading.enumerate()))
sys.stdout.flush()

pid = os.fork()
if pid == 0:
    print("child threads:", sorted(t.name for t in threading.enumerate()))
    print("worker alive in child:", worker.is_alive())
    results = []
    t = threading.Thread(target=lambda: results.append(sum(range(100))))
    t.start()
    t.join()
    print("child thread result:", results)
    print("main thread:", threading.main_thread().name)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
stop.set()
worker.join()
print("parent threads after:", sorted(t.name for t in threading.enumerate()))
