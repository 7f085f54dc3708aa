"""Printing and extracting tracebacks and stacks, as Python's traceback
module does.

The lines themselves ("  File ..., line N, in name", the source line and
the ^^^ marks under the failing part, "Type: message" with its "Did you
mean" hint) come from the interpreter's own report (_traceback), so that
print_exc() prints exactly what an uncaught exception prints.  This module
walks the chain of exceptions, the traceback entries and the frames.
"""

import sys
import linecache
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_sentinel = object()


def _exception_of(exc, value):
    # The 3.10+ calling forms: f(exc) or the old f(type, value, tb).
    if value is _sentinel:
        return exc
    return value


def walk_tb(tb):
    """(frame, lineno) of each traceback entry, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from frame f (default: the caller's caller) outwards."""
    if f is None:
        # Past this generator's frame, the one stepping it (StackSummary.extract
        # or a comprehension), and its caller, as CPython 3.11 counts.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class FrameSummary:
    """One entry of a stack: where (filename, lineno, name) and the source
    line, read lazily."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals",
                 "_code", "_lasti")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._code = None
        self._lasti = -1
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _summary_of(frame, lineno, lasti, capture_locals, lookup_lines):
    code = frame.f_code
    positions = None
    if lasti >= 0:
        for i, row in enumerate(code.co_positions()):
            if i == lasti // 2:
                positions = row
                break
    end_lineno, colno, end_colno = positions[1:] if positions else (None, None, None)
    summary = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                           locals=frame.f_locals if capture_locals else None,
                           end_lineno=end_lineno, colno=colno, end_colno=end_colno)
    summary._code = code
    summary._lasti = lasti
    if lookup_lines:
        summary.line
    return summary


class StackSummary(list):
    """A list of FrameSummary, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # A live frame's current instruction is not where an error was:
        # no column marks, as CPython's walk_stack gives lines only.
        entries = [(f, lineno, -1) for f, lineno in frame_gen]
        return klass._from_entries(entries, limit, lookup_lines, capture_locals)

    @classmethod
    def _from_entries(klass, entries, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for f, lineno, lasti in entries:
            result.append(_summary_of(f, lineno, lasti, capture_locals, lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._code is not None:
            row = _traceback.format_entry(frame_summary._code, frame_summary.lineno, frame_summary._lasti)
        else:
            row = '  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                         frame_summary.name)
            if frame_summary.line:
                row += "    {}\n".format(frame_summary.line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += "    {name} = {value}\n".format(name=name, value=value)
        return row

    def format(self):
        # Runs of the same entry (recursion) are shown three times, then
        # counted, as CPython does.
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key == last:
                count += 1
            else:
                if count > 2:
                    result.append(_repeated(count - 2))
                last, count = key, 0
            if count >= 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 2:
            result.append(_repeated(count - 2))
        return result


def _repeated(n):
    return "  [Previous line repeated {} more time{}]\n".format(n, "s" if n > 1 else "")


def _tb_entries(tb):
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lineno, tb.tb_lasti))
        tb = tb.tb_next
    return entries


def extract_tb(tb, limit=None):
    """StackSummary of a traceback's entries, outermost first."""
    return StackSummary._from_entries(_tb_entries(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    """StackSummary of the stack from frame f (default: the caller),
    outermost first."""
    if f is None:
        f = sys._getframe().f_back
    entries = []
    while f is not None:
        entries.append((f, f.f_lineno, -1))
        f = f.f_back
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    entries.reverse()
    return StackSummary._from_entries(entries, None, True, False)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _lines_of(text):
    return [line + "\n" for line in text.rstrip("\n").split("\n")] if text else []


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a report: "Type: message", or a SyntaxError's
    location and message."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if not isinstance(value, BaseException):
        # The old form with a class and no instance.
        return ["{}\n".format(_type_name(value))]
    return _exception_only(value, False)


def _exception_only(value, search_frames):
    lines = _lines_of(_traceback.format_exception_only(value, search_frames))
    lines.extend(_note_lines(getattr(value, "__notes__", None)))
    return lines


def _note_lines(notes):
    """The lines add_note() adds after the exception's: each note's own
    lines; a __notes__ that is no sequence shown by its repr (3.11)."""
    import collections.abc
    if isinstance(notes, collections.abc.Sequence):
        for note in notes:
            try:
                text = str(note)
            except Exception:
                text = "<note str() failed>"
            yield from [line + "\n" for line in text.split("\n")]
    elif notes is not None:
        try:
            yield repr(notes)
        except Exception:
            yield "<__notes__ repr() failed>"


def _type_name(t):
    module = getattr(t, "__module__", None)
    name = getattr(t, "__qualname__", getattr(t, "__name__", str(t)))
    return name if module in (None, "builtins", "__main__") else module + "." + name


def _format_one(value, tb, limit):
    lines = []
    entries = format_tb(tb, limit) if tb is not None else []
    if entries:
        # No header over an empty stack (limit=0).
        lines.append("Traceback (most recent call last):\n")
        lines.extend(entries)
    lines.extend(_exception_only(value, tb is not None))
    return lines


def _value_and_tb(exc, value, tb):
    # format_exception(exc) or the old (type, value, tb) form; never half of it.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return exc, exc.__traceback__
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the whole report, causes and contexts first."""
    value, tb = _value_and_tb(exc, value, tb)
    if not isinstance(value, BaseException):
        return format_exception_only(value)
    seen = set()
    return _format_chain(value, tb, limit, chain, seen)


def _format_chain(value, tb, limit, chain, seen):
    seen.add(id(value))
    lines = []
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines.extend(_format_chain(cause, cause.__traceback__, limit, chain, seen))
            lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif context is not None and not value.__suppress_context__ and id(context) not in seen:
            lines.extend(_format_chain(context, context.__traceback__, limit, chain, seen))
            lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    lines.extend(_format_one(value, tb, limit))
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled (to stderr)."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Clear the locals of each frame a traceback holds."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception made ready for formatting: its type, message,
    stack and chain, captured without keeping the frames."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._str = str(exc_value) if exc_value is not None else ""
        self._search_frames = exc_traceback is not None
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.stack = StackSummary._from_entries(_tb_entries(exc_traceback), limit, lookup_lines,
                                                capture_locals)
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is not None:
            cause, context = exc_value.__cause__, exc_value.__context__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                    lookup_lines=lookup_lines,
                                                    capture_locals=capture_locals, _seen=_seen)
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals, _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield "{}\n".format(_type_name(self.exc_type) if self.exc_type else "NoneType: None")
            return
        yield from _exception_only(self._value, self._search_frames)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield "\nThe above exception was the direct cause of the following exception:\n\n"
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield "\nDuring handling of the above exception, another exception occurred:\n\n"
        if self.stack:
            yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
