"""Measure the execution time of small code snippets.

Timer(stmt, setup).timeit(number) runs setup once, then stmt `number`
times in a loop, and returns the seconds the loop took.  The statement is
compiled into a function around the loop (so that its names are locals
of that function, as in CPython), and the collector is switched off while
it runs, so that a collection does not land in one measurement only.

Command line:  glasspy -m timeit [-n N] [-r N] [-s S] [-u U] [statement ...]
"""
import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indent(src, spaces):
    return src.replace("\n", "\n" + " " * spaces)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")  # a SyntaxError names the setup itself
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, "exec")
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def timeit(self, number=default_number):
        """Time `number` executions of the main statement, in seconds."""
        it = [None] * number
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """The number of loops (1, 2, 5, 10, 20, 50, ...) for which the total
        time is at least 0.2 seconds: (number, time_taken)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _format_time(dt, unit, precision):
    if unit is not None:
        scale = _UNITS[unit]
    else:
        scales = [(scale, name) for name, scale in _UNITS.items()]
        scales.sort(reverse=True)
        for scale, unit in scales:
            if dt >= scale:
                break
    return "%.*g %s" % (precision, dt / scale, unit)


def main(args=None):
    """The command line: prints "N loops, best of R: T per loop"."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    repeat_count = default_repeat
    setup = []
    unit = None
    verbose = 0
    stmt = []
    i = 0
    while i < len(args):
        arg = args[i]
        value = args[i + 1] if i + 1 < len(args) else None
        if arg in ("-n", "--number"):
            number = int(value)
            i += 2
        elif arg in ("-r", "--repeat"):
            repeat_count = max(1, int(value))
            i += 2
        elif arg in ("-s", "--setup"):
            setup.append(value)
            i += 2
        elif arg in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = value
            i += 2
        elif arg in ("-v", "--verbose"):
            verbose += 1
            i += 1
        elif arg in ("-h", "--help"):
            print(__doc__, end="")
            return 0
        elif arg == "--":
            stmt.extend(args[i + 1:])
            break
        else:
            stmt.extend(args[i:])
            break
    timer = Timer("\n".join(stmt) or "pass", "\n".join(setup) or "pass", default_timer)
    precision = 3 + verbose
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                plural = number != 1
                print("%d loop%s -> %.*g secs" % (number, "s" if plural else "", precision, time_taken))
        number, _ = timer.autorange(callback)
        if verbose:
            print()
    raw_timings = timer.repeat(repeat_count, number)
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    if verbose:
        print("raw times: %s" % ", ".join(_format_time(dt, unit, precision) for dt in raw_timings))
        print()
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeat_count, _format_time(best, unit, precision)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more "
                               "than four times slower than the best time (%s)."
                               % (_format_time(worst, unit, precision), _format_time(best, unit, precision)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
