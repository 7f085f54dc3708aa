"""Iterator building blocks (CPython: Modules/itertoolsmodule.c, in C; the
itertools documentation gives a Python equivalent for each, which is what
glasspy's versions are).

Every tool is a class, as in CPython (type(chain()) is itertools.chain),
and each instance is its own iterator.  The arguments are checked when the
object is made — as CPython does, so that count('a') fails at once — and
the work itself is a generator, `_run`, that __next__ steps: the plain
Python loop is the clearest statement of what each tool yields."""

import sys as _sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


class _Tool:
    """The iterator protocol shared by the tools: __next__ steps _run()."""
    __slots__ = ("_gen",)
    __module__ = "itertools"

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _as_index(value, message):
    """value as an int for a count argument, or TypeError(message)."""
    if isinstance(value, int):
        return value
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError(message.format(type(value).__name__)) from None


# ---- infinite iterators ------------------------------------------------------------------------

class count(_Tool):
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __slots__ = ("_next_value", "_step")

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not hasattr(type(value), "__add__") or isinstance(value, (str, bytes)):
                raise TypeError("a number is required")
        self._next_value = start
        self._step = step
        self._gen = self._run()

    def _run(self):
        while True:
            value = self._next_value
            self._next_value = value + self._step
            yield value

    def __repr__(self):
        # The repr shows where counting would go on from: count(5) after
        # one next() prints count(6).
        if self._step == 1 and type(self._step) is int:
            return f"{type(self).__name__}({self._next_value!r})"
        return f"{type(self).__name__}({self._next_value!r}, {self._step!r})"


class cycle(_Tool):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat(_Tool):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ("_object", "_times")

    def __init__(self, *args, **kwargs):
        # Written with *args to give CPython's messages for a missing object.
        names = ("object", "times")
        for key in kwargs:
            if key not in names:
                raise TypeError(f"repeat() got an unexpected keyword argument '{key}'")
        if len(args) > 2:
            raise TypeError(f"repeat() takes at most 2 arguments ({len(args)} given)")
        given = dict(zip(names, args), **kwargs)
        if "object" not in given:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = given["object"]
        times = given.get("times")
        if times is not None:
            times = max(_as_index(times, "'{}' object cannot be interpreted as an integer"), 0)
        self._times = times
        self._gen = self._run()

    def _run(self):
        if self._times is None:
            while True:
                yield self._object
        while self._times > 0:
            self._times -= 1
            yield self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


# ---- iterators that stop at the shortest input ---------------------------------------------------

class accumulate(_Tool):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_Tool):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        # Each input is only opened (iter() called) when its turn comes.
        for iterable in iterables:
            yield from iter(iterable)

    @classmethod
    def from_iterable(cls, iterables):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        result = cls.__new__(cls)
        result._gen = cls._run(iter(iterables))
        return result


class compress(_Tool):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Tool):
    """Drop items from the iterable while predicate(item) is true.
    Afterwards, return every element until the iterable is exhausted."""
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Tool):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Tool):
    """Return those items of iterable for which function(item) is false.
    If function is None, return the items that are false."""
    __slots__ = ()

    def __init__(self, function, iterable):
        if function is None:
            function = bool
        self._gen = (x for x in iter(iterable) if not function(x))


class starmap(_Tool):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __init__(self, *args):
        if len(args) != 2:
            raise TypeError(f"starmap expected 2 arguments, got {len(args)}")
        function, iterable = args
        self._gen = (function(*item) for item in iter(iterable))


class islice(_Tool):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one."""
    __slots__ = ()

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
        if len(args) > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
        it = iter(args[0])
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop, step = (args[1:] + (None,))[:3]
        stop = self._check(stop, "Stop argument for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
        start = self._check(start, "Indices for islice() must be None or an integer: "
                                   "0 <= x <= sys.maxsize.") or 0
        step = self._check(step, "Step for islice() must be a positive integer or None.", 1)
        if step is None:
            step = 1
        self._gen = self._run(it, start, stop, step)

    @staticmethod
    def _check(value, message, lowest=0):
        if value is None:
            return None
        try:
            value = _as_index(value, message)
        except TypeError:
            raise ValueError(message) from None
        if not lowest <= value <= _sys.maxsize:
            raise ValueError(message)
        return value

    @staticmethod
    def _run(it, start, stop, step):
        # Reads no more of the input than it must: nothing past stop.
        count = 0            # items read from it so far
        wanted = start       # the index of the next item to hand out
        while True:
            while count < wanted:
                try:
                    next(it)
                except StopIteration:
                    return
                count += 1
            if stop is not None and count >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            count += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item


class pairwise(_Tool):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class zip_longest(_Tool):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument.  Shorter
    iterables are padded with fillvalue until the longest is exhausted."""
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


# ---- grouping and copying ----------------------------------------------------------------------

class groupby(_Tool):
    """make an iterator that returns consecutive keys and groups from the
    iterable: (key, group) pairs where group yields the run of items with
    that key.  Moving on to the next key ends the previous group."""
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_id")

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        # Identifies the current group: an old group stops when it changes.
        self._id = object()
        self._gen = self._run()

    def _step(self):
        self._currvalue = next(self._it)
        self._currkey = self._keyfunc(self._currvalue)

    def _run(self):
        while True:
            # Skip what is left of the previous group.
            while self._currkey is _MARKER or self._currkey == self._tgtkey:
                try:
                    self._step()
                except StopIteration:
                    return
            self._tgtkey = self._currkey
            self._id = object()
            yield self._currkey, _grouper(self, self._id)

    def _group(self, group_id):
        while self._id is group_id:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                self._currkey = _MARKER
                self._tgtkey = _MARKER
                return
            if self._currkey != self._tgtkey:
                return


_MARKER = object()


class _grouper(_Tool):
    __slots__ = ()

    def __init__(self, parent, group_id):
        self._gen = parent._group(group_id)


class _tee(_Tool):
    """One of the iterators tee() returns: it reads from a queue shared with
    its siblings, and the shared source is only advanced by whichever copy
    is ahead."""
    __slots__ = ("_source", "_queues", "_queue", "__weakref__")

    def __init__(self, source, queues, queue):
        self._source = source
        self._queues = queues
        self._queue = queue
        self._gen = self._run()

    def _run(self):
        while True:
            if not self._queue:
                try:
                    value = next(self._source)
                except StopIteration:
                    return
                for q in self._queues:
                    q.append(value)
            yield self._queue.pop(0)

    def __copy__(self):
        queue = list(self._queue)
        self._queues.append(queue)
        return _tee(self._source, self._queues, queue)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n, "'{}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    queues = [[] for _ in range(n)]
    return tuple(_tee(source, queues, q) for q in queues)


# ---- combinatoric iterators --------------------------------------------------------------------

class product(_Tool):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B)."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat, "'{}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)


def _check_r(r):
    r = _as_index(r, "'{}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_Tool):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        # Each position takes, in turn, every element not used yet; the
        # output comes in lexicographic order of positions.
        n = len(pool)
        if r > n:
            return

        def extend(chosen, used):
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from extend(chosen, used)
                    chosen.pop()
                    used[i] = False

        yield from extend([], [False] * n)


class combinations(_Tool):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        # The chosen positions always increase: after position i come only
        # positions past i.
        n = len(pool)

        def extend(chosen, first):
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(first, n):
                chosen.append(i)
                yield from extend(chosen, i + 1)
                chosen.pop()

        if r <= n:
            yield from extend([], 0)


class combinations_with_replacement(_Tool):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        # As combinations, but a position may be chosen again (first = i, not i + 1).
        n = len(pool)

        def extend(chosen, first):
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(first, n):
                chosen.append(i)
                yield from extend(chosen, i)
                chosen.pop()

        if n or not r:
            yield from extend([], 0)
