import queue, threading, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, Future
import concurrent.futures as cf

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty())
q.get()
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
bq = queue.Queue(maxsize=1)
bq.put('a')
try:
    bq.put('b', block=False)
except queue.Full:
    print('Full', bq.full())
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.empty())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print('timed out')

# producer / consumer with join
work = queue.Queue()
results = []
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * 10)
        work.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    work.put(i)
work.put(None)
work.join()
t.join()
print(results)

def square(n):
    time.sleep(0.01 * (5 - n))
    return n * n

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(square, n) for n in range(5)]
    print(sorted(f.result() for f in as_completed(futures)))
    print(list(pool.map(square, range(5))))
    f = pool.submit(square, 2)
    print(f.result(), f.done(), f.exception(), repr(f).split(' at ')[0], 'state=finished returned int' in repr(f))
    err = pool.submit(lambda: 1 / 0)
    try:
        err.result()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e, type(err.exception()).__name__)
    done, not_done = wait(futures)
    print(len(done), len(not_done))
    seen = []
    g = pool.submit(square, 3)
    g.add_done_callback(lambda fut: seen.append(fut.result()))
    g.result()
time.sleep(0.05)
print(seen)
f = Future()
print(f.done(), f.cancel(), f.cancelled())
try:
    f.result()
except cf.CancelledError:
    print('CancelledError')
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print(e)
names = set()
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='worker') as p:
    list(p.map(lambda _: names.add(threading.current_thread().name.split('_')[0]), range(4)))
print(names)
