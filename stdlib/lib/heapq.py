"""Heap queue: a priority queue kept in a plain list (CPython: Lib/heapq.py
with a C version in Modules/_heapqmodule.c).

The invariant: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every
k, so heap[0] is always the smallest item.  The list is a binary tree laid
out level by level: the children of position k are 2k+1 and 2k+2, its
parent (k-1)//2.  Pushing appends the item at the bottom and lets it rise
("sift down" in CPython's naming, towards the root); popping moves the last
item to the root and lets it sink.  Both take O(log n) comparisons, and
only `<` is ever used to compare items."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError(f"{what} must be list, not {type(heap).__name__}")


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item
    (more efficient than heappop() followed by heappush(); the returned value
    may be larger than item)."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, "heapify() argument")
    # The leaves (the second half) are heaps of one already; fix each
    # parent from the last one back to the root.
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    """Let the item at pos rise towards startpos while it is smaller than
    its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    """Let the item at pos sink to a leaf along the smaller children, then
    rise back into place (fewer comparisons than stopping on the way down:
    the item from the bottom usually belongs near the bottom)."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output, lazily.

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
    """
    # The heap holds one entry per input: [sort key, input number, value,
    # next]; the input number breaks ties so equal keys keep input order.
    sign = -1 if reverse else 1
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            heap.append([_Ordered(k, reverse), order * sign, value, it])
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        _, _, value, it = entry
        yield value
        for value in it:
            entry[0] = _Ordered(value if key is None else key(value), reverse)
            entry[2] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _Ordered:
    """A sort key whose order is flipped when reverse is true."""
    __slots__ = ("key", "reverse")

    def __init__(self, key, reverse):
        self.key = key
        self.reverse = reverse

    def __lt__(self, other):
        return other.key < self.key if self.reverse else self.key < other.key

    def __eq__(self, other):
        return self.key == other.key


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    # sorted() is stable, which gives the same ties as CPython's heap.
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]
