# threading on _thread and the GIL: Thread (target and subclass), join, Lock,
# RLock, Event, Condition, Semaphore, daemon threads, waiting for
# non-daemon threads at exit, time.sleep releasing the GIL.
import threading, time
results = []
lock = threading.Lock()
def worker(n):
    for i in range(3):
        with lock:
            results.append((n, i))
        time.sleep(0.01)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), len(results))
print(ts[0].name, ts[0].is_alive(), threading.current_thread().name, threading.main_thread().name, threading.active_count())
counter = 0
def add():
    global counter
    for _ in range(100000):
        counter += 1
threads = [threading.Thread(target=add) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter", counter <= 400000, counter > 0)
class MyThread(threading.Thread):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def run(self):
        print("running", self.tag, threading.current_thread() is self)
m = MyThread("x"); m.start(); m.join()
print(m.name.startswith("Thread-"))
ev = threading.Event()
def waiter():
    ev.wait()
    print("event seen")
w = threading.Thread(target=waiter); w.start()
time.sleep(0.05)
ev.set(); w.join()
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        print("consumed", items.pop())
c = threading.Thread(target=consumer); c.start()
with cond:
    items.append(42)
    cond.notify()
c.join()
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False))
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
d = threading.Thread(target=lambda: time.sleep(0.05), daemon=True)
d.start()
print(d.daemon)
go = threading.Event()
late = threading.Thread(target=lambda: (go.wait(), time.sleep(0.02), print("late thread done")))
late.start()
print("main done")
go.set()
