# An exception's path: raised in inner(), passed on through outer() (whose
# finally runs and re-raises) into the module, handled by its except
# clause; a StopIteration that list() swallows (no Python handler: no
# handled event); a KeyError suppressed by a with block; one raised and
# handled inside the same function; and a generator's exception passing into
# the loop that drives it.
from contextlib import suppress


def inner(x):
    return 10 / x


def outer(x):
    try:
        return inner(x)
    finally:
        print('finally in outer')


try:
    outer(0)
except ZeroDivisionError as e:
    print('caught', e)


class Count:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


print(list(Count()))

with suppress(KeyError):
    {}['k']


def parse(text):
    try:
        return int(text)
    except ValueError:
        return None


print(parse('12'), parse('x'))


def numbers():
    yield 1
    raise LookupError('no more')


try:
    for n in numbers():
        print(n)
except LookupError as e:
    print('loop ended:', e)
