# send(value) resumes a paused generator and makes the paused yield
# expression evaluate to value: the generator becomes a consumer
# (a "coroutine" in the generator-based sense).

def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average          # pause; send() supplies value
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))                       # run to the first yield ("priming")
for v in [10, 20, 60]:
    print("sent", v, "->", avg.send(v))

fresh = running_average()
try:
    fresh.send(5)                      # not started yet: only None may be sent
except TypeError as e:
    print("TypeError:", e)

# Producer and consumer handing over control to each other.
def consumer():
    result = ""
    while True:
        item = yield result
        if not item:
            return
        print(f"[consumer] consuming {item}")
        result = "200 OK"

def produce(c):
    c.send(None)
    for n in range(1, 4):
        print(f"[producer] producing {n}")
        reply = c.send(n)
        print(f"[producer] consumer replied {reply}")
    c.close()

produce(consumer())

# throw() raises inside the generator at the paused yield; close() raises
# GeneratorExit there, so finally blocks run.
def worker():
    try:
        while True:
            try:
                yield "waiting"
            except ValueError as e:
                print("worker handled", repr(e))
    finally:
        print("worker cleaned up")

import inspect
w = worker()
print(inspect.getgeneratorstate(w))
next(w)
print(inspect.getgeneratorstate(w))
print(w.throw(ValueError("bad input")))
w.close()
print(inspect.getgeneratorstate(w))
