"""Python interface for the 'lsprof' profiler.
   Compatible with the 'profile' module.
"""

# cProfile (CPython: Lib/cProfile.py): the profile module's interface over
# the _lsprof profiler, written in C++ (stdlib/lsprof_module.cpp), which
# receives the interpreter's profile events without a Python call each.
# This file only turns its getstats() into the `stats` dictionary pstats
# reads, and adds the ways to run code under it.

__all__ = ["run", "runctx", "Profile"]

import _lsprof
import profile as _pyprofile


def run(statement, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).runctx(statement, globals, locals, filename, sort)


run.__doc__ = _pyprofile.run.__doc__
runctx.__doc__ = _pyprofile.runctx.__doc__


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)

    A profiler measuring with the given timer, or with a fast built-in
    real-time clock.  A timer returning ints is read in units of
    timeunit seconds.
    """

    # The measuring is the base class's; what follows presents it.

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats for pstats: per function label (primitive calls,
        calls, internal time, cumulative time, callers), where callers maps
        each caller's label to (calls, primitive calls, internal time,
        cumulative time) of the calls it made."""
        entries = self.getstats()
        self.stats = {}
        callers_of = {}  # id(entry.code) -> that function's callers dict
        for entry in entries:
            callers = {}
            callers_of[id(entry.code)] = callers
            primitive = entry.callcount - entry.reccallcount
            self.stats[label(entry.code)] = (primitive, entry.callcount, entry.inlinetime,
                                             entry.totaltime, callers)
        # Each entry's sub-entries are its callees: turned around, callers.
        for entry in entries:
            if not entry.calls:
                continue
            caller = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                nc = sub.callcount
                cc = nc - sub.reccallcount
                tt = sub.inlinetime
                ct = sub.totaltime
                if caller in callers:
                    pnc, pcc, ptt, pct = callers[caller]
                    nc, cc, tt, ct = nc + pnc, cc + pcc, tt + ptt, ct + pct
                callers[caller] = nc, cc, tt, ct

    # Running a statement (a string or a code object) or a call, under
    # the profiler.
    #
    # These methods start on the lines where CPython's do: when profiling
    # starts or stops inside one, its label ("cProfile.py:117(__exit__)"
    # in a report of `with cProfile.Profile():`) shows the line.

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    # The most convenient way to profile one call.
    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def label(code):
    """A function's key in the statistics: (file, first line, name), or
    for a built-in ('~', 0, its description), '~' sorting after paths."""
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    import pstats
    _pyprofile._run_main("cProfile.py", runctx, 2, sorted(pstats.Stats.sort_arg_dict_default))


if __name__ == '__main__':
    main()
