"""tracemalloc, as far as glasspy has it: it never traces.

is_tracing() is False and no object has an allocation traceback, so code
that asks (the warnings module's "Enable tracemalloc ..." hint) gets true
answers; start() says that glasspy cannot trace allocations yet rather
than pretend to.  glasspy's own view of allocations is its trace
(`glasspy --trace=alloc,free`).
"""

__all__ = ["is_tracing", "get_object_traceback", "get_traced_memory", "start", "stop", "clear_traces",
           "get_tracemalloc_memory", "get_traceback_limit"]


def is_tracing():
    return False


def get_object_traceback(obj):
    return None


def get_traced_memory():
    return (0, 0)


def get_tracemalloc_memory():
    return 0


def get_traceback_limit():
    return 1


def clear_traces():
    pass


def stop():
    pass


def start(nframe=1):
    raise NotImplementedError("glasspy: tracemalloc cannot trace allocations yet "
                              "(glasspy --trace=alloc,free shows them as they happen)")
