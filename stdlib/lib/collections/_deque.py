"""deque: a double-ended queue, O(1) to add or remove at either end
(CPython: Modules/_collectionsmodule.c, a linked list of 64-item blocks).

glasspy's deque is a ring buffer: a list `_items` used circularly, the
first element at `_head`, `_size` elements in use.  appendleft moves _head
one slot back (wrapping to the end), so neither end ever shifts the other
elements; when the list is full it is copied into one twice as large.
With maxlen, adding to a full deque first drops an element from the other
end: the "keep the last N" idiom.  `_state` counts changes so that an
iterator can tell that the deque changed under it."""

from reprlib import recursive_repr as _recursive_repr

_MIN_CAPACITY = 8


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_items", "_head", "_size", "_maxlen", "_state", "__weakref__")
    __module__ = "collections"

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = [None] * _MIN_CAPACITY
        self._head = 0
        self._size = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # ---- the ring buffer ----------------------------------------------------------------------

    def _slot(self, i):
        """The list index of the deque's i-th element (0 <= i < _size)."""
        return (self._head + i) % len(self._items)

    def _grow(self):
        old = [self._items[self._slot(i)] for i in range(self._size)]
        self._items = old + [None] * len(old)
        self._head = 0

    def _index(self, index):
        """A valid position for deque[index], negative counting from the end."""
        if not isinstance(index, int):
            index = _as_index(index, "sequence index must be integer, not '{}'")
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("deque index out of range")
        return index

    # ---- adding and removing at the ends ------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self.popleft()
        if self._size == len(self._items):
            self._grow()
        self._items[self._slot(self._size)] = x
        self._size += 1
        self._state += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self.pop()
        if self._size == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = x
        self._size += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        slot = self._slot(self._size - 1)
        x = self._items[slot]
        self._items[slot] = None   # drop the reference now, not when the slot is reused
        self._size -= 1
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head = (self._head + 1) % len(self._items)
        self._size -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable
        (so they end up in reverse order)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._items = [None] * _MIN_CAPACITY
        self._head = 0
        self._size = 0
        self._state += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        if not isinstance(n, int):
            n = _as_index(n, "'{}' object cannot be interpreted as an integer")
        if self._size <= 1:
            return
        n %= self._size
        # Moving n elements from the right end to the left end.
        for _ in range(n):
            self.appendleft(self.pop())

    # ---- the sequence protocol ----------------------------------------------------------------

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __getitem__(self, index):
        return self._items[self._slot(self._index(index))]

    def __setitem__(self, index, value):
        self._items[self._slot(self._index(index))] = value

    def __delitem__(self, index):
        index = self._index(index)
        self.rotate(-index)
        self.popleft()
        self.rotate(index)

    def __iter__(self):
        state = self._state
        for i in range(self._size):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[self._slot(i)]
            # The check must also catch a change made after the last item was handed out.
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for i in reversed(range(self._size)):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[self._slot(i)]

    def __contains__(self, x):
        return any(item is x or item == x for item in self)

    def count(self, x):
        """Return number of occurrences of value."""
        return sum(1 for item in self if item is x or item == x)

    def index(self, x, start=0, stop=None):
        """Return first index of value.  Raises ValueError if the value is not present."""
        n = self._size
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            item = self[i]
            if item is x or item == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        """Insert value before index."""
        if self._size == self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = self._size
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self.rotate(-i)
        self.appendleft(x)
        self.rotate(i)

    def remove(self, value):
        """Remove first occurrence of value."""
        del self[self.index(value)]

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(reversed(self))
        self.clear()
        self.extend(items)

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, ((), self._maxlen), None, iter(self)

    # ---- operators ----------------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    @_recursive_repr("[...]")
    def __repr__(self):
        items = repr(list(self))
        if self._maxlen is None:
            return f"{type(self).__name__}({items})"
        return f"{type(self).__name__}({items}, maxlen={self._maxlen})"

    def __class_getitem__(cls, item):
        return cls


def _as_index(value, message):
    try:
        index_method = type(value).__index__
    except AttributeError:
        raise TypeError(message.format(type(value).__name__)) from None
    return index_method(value)
