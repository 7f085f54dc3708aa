# An iterable can give an iterator (iter(x) calls x.__iter__); an iterator
# gives the next value (next(it) calls it.__next__) and raises StopIteration
# at the end.  A for loop is exactly: it = iter(x); then next(it) until
# StopIteration.

numbers = [10, 20, 30]
it = iter(numbers)
print(type(numbers).__name__, type(it).__name__)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration: the iterator is used up")
print(list(it), list(numbers))     # a list can be iterated again, its iterator cannot

class Countdown:
    """An iterable: each iter() starts a fresh countdown."""
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    """An iterator: keeps its position, and is its own iterable."""
    def __init__(self, current):
        self.current = current
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c))            # two fresh iterators
it = iter(c)
print(next(it), list(it), list(it))  # the same iterator twice: empty the second time

# The old protocol: __getitem__ with 0, 1, 2 ... until IndexError.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares())

# iter(callable, sentinel): call until the sentinel comes back.
values = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(values), 0)))
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
