"""recursive_repr: a decorator for __repr__ methods of containers that can
hold themselves (CPython: Lib/reprlib.py, whose Repr class with its size
limits glasspy does not have yet).

While a repr of an object is being built, the object's id (with the
thread's, as two threads may print the same object) is in a set; meeting it
again inside prints the fill value instead of recursing forever, as the
built-in list prints [[...]]."""

from _thread import get_ident

__all__ = ["recursive_repr"]


def recursive_repr(fillvalue="..."):
    """Decorator to make a repr function return fillvalue for a recursive call"""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        for attr in ("__module__", "__doc__", "__name__", "__qualname__"):
            setattr(wrapper, attr, getattr(user_function, attr))
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function
