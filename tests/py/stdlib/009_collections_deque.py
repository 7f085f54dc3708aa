# collections.deque: both ends, maxlen, rotate, indexing, repr, equality, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([8, 9])
print(d, list(reversed(d)), d.count(2), 2 in d, "z" in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.insert(1, "new"); d.remove("a"); print(d, d.index(3))
d[0] = "first"; del d[1]; print(d)
print(d.copy(), d.copy() == d, d.copy() is d, deque() == deque([]), deque([1]) < deque([2]))
d.reverse(); print(d)
d.clear(); print(d, bool(d))

# maxlen keeps the newest items: the other end falls off.
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft(-1); print(last3, last3.maxlen)
print(deque("abc", 2), deque(range(5), maxlen=0), deque().maxlen)
print(deque([1, 2]) + deque([3]), deque("ab") * 2)
e = deque(); e += [1, 2]; e *= 2; print(e)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(7), lambda: deque([1]).index(2),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1], maxlen=-1),
            lambda: deque([1]) + [2]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)

it = iter(d := deque([1, 2]))
next(it)
d.append(3)
try:
    next(it)
except RuntimeError as err:
    print("RuntimeError:", err)

# A deque that contains itself prints [...] for the inner reference.
r = deque([1]); r.append(r); print(r)

# A queue: FIFO with append + popleft, as in the tutorials' task queues.
q = deque()
for task in ("download", "parse", "save"):
    q.append(task)
while q:
    print("doing", q.popleft())
