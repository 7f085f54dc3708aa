"""Class for profiling Python code."""

# The pure-Python profiler (CPython: Lib/profile.py).  It receives the
# events of sys.setprofile ('call', 'return', 'c_call', 'c_return',
# 'c_exception', 'exception') and keeps, beside the interpreter's stack,
# a parallel stack of its own: one record per running function, holding
# the time to charge to the caller, the function's own time so far, the
# time spent in its sub-calls, its name, its frame and the record below.
# Keeping the records out of the frames leaves the profiled program
# untouched.  cProfile (written in C++ here as in CPython) does the same
# work much faster; this module stays readable and is the reference for
# what the numbers mean.
#
# Each function's timings are a 5-tuple in self.timings:
#   (primitive calls, how deep it is on the stack now minus one,
#    internal time, cumulative time, {caller: number of calls}).
# Cumulative time is only added when the outermost call of a recursive
# function returns, so that recursion does not count it twice.

import sys
import time

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """What run() and runctx() of profile and cProfile share: run the
    statement under a new profiler, then print or save the statistics,
    even when the statement raised."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is None:
            prof.print_stats(sort)
        else:
            prof.dump_stats(filename)


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler; save the statistics in filename,
    or without one print a report sorted by `sort` (by default by the
    standard name: file, line and function name)."""
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the given globals and locals for the statement."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile:
    """Profiler class.

    self.cur is the innermost record of the profiler's parallel stack, a
    tuple (time to charge to the caller, internal time, time in sub-calls,
    function name, frame, record of the caller); None when empty.
    self.timings maps each function name (file, first line, name) to
    (primitive calls, recursion depth - 1, internal time, cumulative time,
    callers), callers mapping each caller's name to a number of calls.
    """

    bias = 0  # the timer's cost per event, subtracted from each reading (see calibrate)

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        # An instance attribute, faster to find than the class's.
        self.bias = self.bias if bias is None else bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            reading = self.timer()  # a number, or a sequence of numbers to add up
            try:
                parts = len(reading)
            except TypeError:
                self.get_time = timer
                self.dispatcher = self.trace_dispatch_i
            else:
                self.dispatcher = self.trace_dispatch if parts == 2 else self.trace_dispatch_l

                def get_time_timer(timer=timer, sum=sum):
                    return sum(timer())
                self.get_time = get_time_timer
        self.t = self.get_time()
        self.simulate_call('profiler')

    # ---- the profile functions, one per kind of timer ----
    # Each takes the time elapsed since the last event (less the bias),
    # lets the event's handler use it, and then restarts the clock: after
    # the handler when it recorded the time, so that the profiler's own
    # work is not charged to the program; otherwise with the unrecorded
    # time put back.

    def trace_dispatch(self, frame, event, arg):
        """For a timer returning two numbers (user and system time)."""
        timer = self.timer
        reading = timer()
        t = reading[0] + reading[1] - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            reading = timer()
            self.t = reading[0] + reading[1]
        else:
            reading = timer()
            self.t = reading[0] + reading[1] - t

    def trace_dispatch_i(self, frame, event, arg):
        """For a timer returning one number."""
        timer = self.timer
        t = timer() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = timer()
        else:
            self.t = timer() - t

    def trace_dispatch_mac(self, frame, event, arg):
        """For a timer counting sixtieths of a second."""
        timer = self.timer
        t = timer() / 60.0 - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = timer() / 60.0
        else:
            self.t = timer() / 60.0 - t

    def trace_dispatch_l(self, frame, event, arg):
        """For a timer returning a sequence of numbers to add up."""
        get_time = self.get_time
        t = get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = get_time()
        else:
            self.t = get_time() - t

    # ---- the handlers: each returns true when it recorded the time ----

    def trace_dispatch_exception(self, frame, t):
        """An exception in the running function, or arriving from a callee
        whose 'return' is still to come: the callee's record ends first."""
        rpt, rit, ret, rfn, rframe, rcur = self.cur
        if rframe is not frame and rcur:
            return self.trace_dispatch_return(rframe, t)
        self.cur = rpt, rit + t, ret, rfn, rframe, rcur
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # A call from a frame other than the innermost recorded one:
            # that one ended without a 'return' (an exception unwound it).
            rframe = self.cur[-2]
            if not isinstance(rframe, Profile.fake_frame):
                assert rframe.f_back is frame.f_back, ("Bad call", self.cur[-3],
                                                       rframe, rframe.f_back,
                                                       frame, frame.f_back)
                self.trace_dispatch_return(rframe, 0)
                assert self.cur is None or frame.f_back is self.cur[-2], (
                    "Bad call", self.cur[-3])
        code = frame.f_code
        fn = (code.co_filename, code.co_firstlineno, code.co_name)
        self._push(fn, frame, t)
        return 1

    def trace_dispatch_c_call(self, frame, t):
        # A built-in is named by its __name__ alone, in file "" at line 0.
        self._push(("", 0, self.c_func_name), frame, t)
        return 1

    def _push(self, fn, frame, t):
        self.cur = (t, 0, 0, fn, frame, self.cur)
        timings = self.timings
        if fn in timings:
            cc, ns, tt, ct, callers = timings[fn]
            timings[fn] = cc, ns + 1, tt, ct, callers
        else:
            timings[fn] = 0, 0, 0, 0, {}

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            # The innermost record's frame was left by an exception
            # without its own 'return'; end it first.
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)
        rpt, rit, ret, rfn, frame, rcur = self.cur
        rit = rit + t
        frame_total = rit + ret
        # The caller's record gets the time to charge it and this call's
        # total as sub-call time.
        ppt, pit, pet, pfn, pframe, pcur = rcur
        self.cur = ppt, pit + rpt, pet + frame_total, pfn, pframe, pcur
        cc, ns, tt, ct, callers = self.timings[rfn]
        if not ns:  # the outermost call of this function
            ct = ct + frame_total
            cc = cc + 1
        callers[pfn] = callers.get(pfn, 0) + 1
        self.timings[rfn] = cc, ns - 1, tt + rit, ct, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,  # the built-in ended by raising
        "c_return": trace_dispatch_return,
    }

    # ---- the profiler's own pseudo-calls ----
    # The profiler itself ("profiler") and the statement it runs appear as
    # calls of file "profile", line 0, so the run has one outermost caller.

    def set_cmd(self, cmd):
        if self.cur[-1]:
            return  # the statement's pseudo-call is already there
        self.cmd = cmd
        self.simulate_call(cmd)

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def simulate_call(self, name):
        code = self.fake_code('profile', 0, name)
        pframe = self.cur[-2] if self.cur else None
        self.dispatch['call'](self, self.fake_frame(code, pframe), 0)

    def simulate_cmd_complete(self):
        """Ends every record still open but the outermost, as if they
        returned now, the first one with the time since the last event."""
        get_time = self.get_time
        t = get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], t)
            t = 0
        self.t = get_time() - t

    # ---- results ----

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats for pstats: per function (primitive calls, calls,
        internal time, cumulative time, callers)."""
        self.stats = {}
        for func, (cc, ns, tt, ct, callers) in self.timings.items():
            self.stats[func] = cc, sum(callers.values(), 0), tt, ct, callers.copy()

    # ---- running code under the profiler ----

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    # ---- calibration ----
    # Each event costs the timer a little; calibrate(m) measures how much
    # per event, to be used as `bias`.

    def calibrate(self, m, verbose=0):
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved_bias = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved_bias

    def _calibrate_inner(self, m, verbose):
        get_time = self.get_time

        def f1(n):
            for i in range(n):
                x = 1

        def f(m, f1=f1):
            for i in range(m):
                f1(100)

        f(m)  # warm up
        t0 = get_time()
        f(m)
        elapsed_noprofile = get_time() - t0
        if verbose:
            print("elapsed time without profiling =", elapsed_noprofile)
        p = Profile()
        t0 = get_time()
        p.runctx('f(m)', globals(), locals())
        elapsed_profile = get_time() - t0
        if verbose:
            print("elapsed time with profiling =", elapsed_profile)
        total_calls = 0.0
        reported_time = 0.0
        for (filename, line, funcname), (cc, ns, tt, ct, callers) in p.timings.items():
            if funcname in ("f", "f1"):
                total_calls += cc
                reported_time += tt
        if verbose:
            print("'CPU seconds' profiler reported =", reported_time)
            print("total # calls =", total_calls)
        if total_calls != m + 1:
            raise ValueError("internal error: total calls = %d" % total_calls)
        # Two events per call (call and return) account for the difference.
        mean = (reported_time - elapsed_noprofile) / 2.0 / total_calls
        if verbose:
            print("mean stopwatch overhead per profile event =", mean)
        return mean


def _usage(prog):
    return "Usage: %s [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..." % prog


def _parse_command_line(prog, argv, sort_default, sort_choices=None):
    """The options of `python -m profile` / `-m cProfile`: -o FILE, -s KEY,
    -m; the first other argument and everything after it are the program's
    (optparse with allow_interspersed_args off).  Returns (outfile, sort,
    module, args), or exits with status 2 and optparse's messages."""
    def fail(message):
        print(_usage(prog) + "\n", file=sys.stderr)
        print("%s: error: %s" % (prog, message), file=sys.stderr)
        sys.exit(2)

    outfile, sort, module = None, sort_default, False
    i = 0
    while i < len(argv) and argv[i].startswith('-') and argv[i] != '-':
        arg = argv[i]
        i += 1
        if arg == '--':
            break
        if arg == '-m':
            module = True
            continue
        if arg.startswith('--'):
            name, eq, value = arg.partition('=')
            matches = [o for o in ('--outfile', '--sort') if o.startswith(name)]
            if len(matches) != 1:
                fail("no such option: %s" % name)
            option = matches[0]
        else:
            option = {'-o': '--outfile', '-s': '--sort'}.get(arg[:2])
            if option is None:
                fail("no such option: %s" % arg[:2])
            eq, value = (True, arg[2:]) if len(arg) > 2 else ('', '')
        if not eq:
            if i >= len(argv):
                fail("%s option requires 1 argument" % (arg if arg.startswith('--') else arg[:2]))
            value = argv[i]
            i += 1
        if option == '--outfile':
            outfile = value
        else:
            if sort_choices is not None and value not in sort_choices:
                fail("option -s: invalid choice: %r (choose from %s)"
                     % (value, ", ".join(map(repr, sort_choices))))
            sort = value
    return outfile, sort, module, argv[i:]


def _run_main(prog, runner, sort_default, sort_choices=None):
    """What `-m profile` and `-m cProfile` do: profile a script (or with
    -m a module) run as __main__, then print or save the statistics."""
    import os
    if not sys.argv[1:]:
        print(_usage(prog) + "\n")
        sys.exit(2)
    outfile, sort, module, args = _parse_command_line(prog, sys.argv[1:], sort_default,
                                                      sort_choices)
    sys.argv[:] = args
    # The program may change directory: the output path is fixed now.
    if outfile is not None:
        outfile = os.path.abspath(outfile)
    if not args:
        print(_usage(prog) + "\n")
        return
    if module:
        import runpy
        code = "run_module(modname, run_name='__main__')"
        globs = {'run_module': runpy.run_module, 'modname': args[0]}
    else:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
        with open(progname, 'rb') as fp:
            code = compile(fp.read(), progname, 'exec')
        globs = {
            '__file__': progname,
            '__name__': '__main__',
            '__package__': None,
            '__cached__': None,
        }
    try:
        runner(code, globs, None, outfile, sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)


def main():
    _run_main("profile.py", runctx, -1)


if __name__ == '__main__':
    main()
