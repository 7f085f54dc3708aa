# iter(callable, sentinel) calls until the sentinel comes back.
state = [0]
def counter():
    state[0] += 1
    return state[0]
it = iter(counter, 4)
print(list(it), next(it, 'exhausted'), state)
def stops():
    raise StopIteration
print(list(iter(stops, 1)))
def fails():
    raise ValueError('boom')
try:
    list(iter(fails, 1))
except Exception as e:
    print(repr(e))
try:
    iter(1, 2)
except Exception as e:
    print(repr(e))
