"""Class for printing reports on profiled python code."""

# pstats (CPython: Lib/pstats.py): reports from the statistics that
# profile and cProfile collect.
#
# The statistics are a dict keyed by function: a (file, first line, name)
# triple, ('~', 0, description) for a built-in under cProfile.  Each value
# is (primitive calls, calls, internal time, cumulative time, callers).
# callers maps each calling function to, under cProfile, a 4-tuple
# (calls, primitive calls, internal time, cumulative time) of the calls
# it made; under profile, a plain count.  A function's calls differ from
# its primitive calls when it recursed: only calls not made while it was
# already running are primitive, and the report shows "calls/primitive".

import sys
import os
import time
import re

from enum import StrEnum
from dataclasses import dataclass

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(StrEnum):
    """The keys of sort_stats(); some have a second name."""
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        # The first name is the value; the others find the same member.
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = values
        return member


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    '''Class for keeping track of an item in inventory.'''
    total_tt: float
    func_profiles: dict


# What each sort key sorts on: the columns of a row
# (pcalls, calls, tottime, cumtime, file, line, name, standard name),
# each ascending (1) or descending (-1), and its name in the report.
_PCALLS, _CALLS, _TOTTIME, _CUMTIME, _FILE, _LINE, _NAME, _STDNAME = range(8)


class Stats:
    """Reports on the statistics of profile or cProfile.

    Stats(profile_or_file, ..., stream=sys.stdout) loads them from a
    profiler (after its run) or from files that dump_stats() wrote, adding
    up several.  sort_stats() orders the report ('calls', 'cumulative',
    'time', ... or SortKey members; unique prefixes of the names work, and
    -1, 0, 1, 2 mean 'stdname', 'calls', 'time', 'cumulative'),
    print_stats() prints it, print_callers() and print_callees() show who
    called whom.  The print methods take restrictions, applied in turn: an
    int (at most that many lines), a float in [0, 1) (that fraction of the
    lines) or a str (a regular expression the function must match).
    Every method returns the Stats, so calls can be chained:

        Stats(prof).strip_dirs().sort_stats('cumulative').print_stats(10)
    """

    sort_arg_dict_default = {
        "calls": (((_CALLS, -1),), "call count"),
        "ncalls": (((_CALLS, -1),), "call count"),
        "cumtime": (((_CUMTIME, -1),), "cumulative time"),
        "cumulative": (((_CUMTIME, -1),), "cumulative time"),
        "filename": (((_FILE, 1),), "file name"),
        "line": (((_LINE, 1),), "line number"),
        "module": (((_FILE, 1),), "file name"),
        "name": (((_NAME, 1),), "function name"),
        "nfl": (((_NAME, 1), (_FILE, 1), (_LINE, 1)), "name/file/line"),
        "pcalls": (((_PCALLS, -1),), "primitive call count"),
        "stdname": (((_STDNAME, 1),), "standard name"),
        "time": (((_TOTTIME, -1),), "internal time"),
        "tottime": (((_TOTTIME, -1),), "internal time"),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None  # made when print_callees needs it
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" % (self.files[-1] if self.files else ''),
                  file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            import marshal
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            self.top_level.update(item.top_level)
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the profile data to a file we know how to load back."""
        import marshal
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    # ---- sorting ----

    def get_sort_arg_defs(self):
        """The sort keys with every unambiguous prefix of each ("cum" is
        cumulative; "c" is left out, being a prefix of several)."""
        if not self.sort_arg_dict:
            self.sort_arg_dict = table = {}
            ambiguous = set()
            for word, definition in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in table:
                        ambiguous.add(prefix)
                        break
                    table[prefix] = definition
            for prefix in ambiguous:
                del table[prefix]
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            # The old profiler's numbers.
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        definitions = self.get_sort_arg_defs()
        columns = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            columns += definitions[word][0]
            names.append(definitions[word][1])
        self.sort_type = ", ".join(names)
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]
        # One stable sort per column, the least significant first: rows
        # equal on every column keep their order.
        for index, direction in reversed(columns):
            rows.sort(key=lambda row: row[index], reverse=direction < 0)
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        """Keeps only the last part of each file name; functions that then
        have the same name are added together."""
        stripped = {}
        max_name_len = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            newfunc = func_strip_path(func)
            max_name_len = max(max_name_len, len(func_std_string(newfunc)))
            newcallers = {func_strip_path(caller): value for caller, value in callers.items()}
            if newfunc in stripped:
                stripped[newfunc] = add_func_stats(stripped[newfunc], (cc, nc, tt, ct, newcallers))
            else:
                stripped[newfunc] = (cc, nc, tt, ct, newcallers)
        self.stats = stripped
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.max_name_len = max_name_len
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        """all_callees: the callers dicts turned around."""
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    # ---- choosing the lines of a report ----

    def eval_print_amount(self, sel, list, msg):
        new_list = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return new_list, msg
            new_list = [func for func in list if pattern.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                new_list = list[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                new_list = list[:sel]
        if len(list) != len(new_list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(new_list), sel)
        return new_list, msg

    def get_stats_profile(self):
        """The report as data: a StatsProfile mapping each function name to
        a FunctionProfile, times rounded as the report prints them."""
        func_list = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not func_list:
            return StatsProfile(0, {})
        profiles = {}
        for func in func_list:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, func_name = func
            profiles[func_name] = FunctionProfile(
                _ncalls(nc, cc),
                float(f8(tt)),
                -1 if nc == 0 else float(f8(tt / nc)),
                float(f8(ct)),
                -1 if cc == 0 else float(f8(ct / cc)),
                file_name,
                line_number)
        return StatsProfile(float(f8(self.total_tt)), profiles)

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            stat_list = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            stat_list, msg = self.eval_print_amount(selection, stat_list, msg)
        if not stat_list:
            return 0, stat_list
        print(msg, file=self.stream)
        if len(stat_list) < len(self.stats):
            width = max(len(func_std_string(func)) for func in stat_list)
        return width + 2, stat_list

    # ---- the reports ----

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, "function calls", end=' ', file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, list = self.get_print_list(amount)
        if list:
            self.print_title()
            for func in list:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, list = self.get_print_list(amount)
        if list:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in list:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, list = self.get_print_list(amount)
        if list:
            self.print_call_heading(width, "was called by...")
            for func in list:
                callers = self.stats[func][4]
                self.print_call_line(width, func, callers, "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # cProfile's callers carry times: a sub-header names their columns.
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                if isinstance(next(iter(callers.values())), tuple):
                    print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)
                break

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        # The first line follows the arrow; the others are indented to it.
        first = True
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = _ncalls(nc, cc).rjust(7 if first else 9)
                text = '%s %s %s  %s' % (calls, f8(tt), f8(ct), name)
                pad = 0 if first else name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                pad = 0 if first else name_size + 3
            print(" " * pad + text, file=self.stream)
            first = False

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        out = self.stream
        print(_ncalls(nc, cc).rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        # Per call: internal time over all calls, cumulative time over the
        # primitive ones (a recursive function's cumulative time is counted
        # once per outermost call).
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=out)
        print(func_std_string(func), file=out)


class TupleComp:
    """Compares tuples on the given (index, direction) pairs, the most
    significant first; direction 1 ascending, -1 descending."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            if left[index] < right[index]:
                return -direction
            if left[index] > right[index]:
                return direction
        return 0


# ---- function names: (file, line, name) ----

def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """How the report names a function: file:line(name), or a built-in's
    description with braces for its angle brackets ("{built-in method
    builtins.len}")."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


# ---- adding statistics together ----

def add_func_stats(target, source):
    """Add together all the stats for two profile entries."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers))


def add_callers(target, source):
    """Combine two caller lists in a single list."""
    combined = dict(target)
    for func, caller in source.items():
        if func not in combined:
            combined[func] = caller
        elif isinstance(caller, tuple):  # cProfile's (calls, primitive, tottime, cumtime)
            combined[func] = tuple(i + j for i, j in zip(caller, combined[func]))
        else:  # profile's count
            combined[func] += caller
    return combined


def count_calls(callers):
    """Sum the caller statistics to get total number of calls received."""
    return sum(callers.values(), 0)


def _ncalls(nc, cc):
    return str(nc) if nc == cc else '%d/%d' % (nc, cc)


def f8(x):
    return "%8.3f" % x
