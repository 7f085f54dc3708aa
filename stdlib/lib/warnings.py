"""Warnings: messages about questionable code that do not stop it
(CPython: Lib/warnings.py, and Python/_warnings.c which does the same in C).

warn() finds the line that caused the warning (stacklevel frames up),
then the first filter that matches it decides what happens:

    "default"  print the first time for each location (module + line)
    "error"    raise the warning as an exception
    "ignore"   never print
    "always"   print every time
    "module"   print the first time for each module
    "once"     print only the first time, wherever it comes from

"Already printed" is remembered in the warned module's __warningregistry__
dict; changing the filters empties those registries (through a version
number), so that a new filter applies to every warning again.  Printing goes
through showwarning(), which a program may replace, and looks like

    script.py:12: UserWarning: the message
      the source line of script.py's line 12"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message regex or None, category, module regex or None, lineno);
# the first match wins.  CPython 3.11's defaults, for a release build:
# deprecations are shown for __main__ only.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
# The "once" action's registry: one entry per (text, category).
onceregistry = {}

_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---- printing ----------------------------------------------------------------------------------

def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        import linecache
        line = linecache.getline(filename, lineno)
    if line:
        s += f"  {line.strip()}\n"
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


# The standard hooks, to tell them from replacements.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# ---- filters -----------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    message and module are regular expressions matched at the start of the
    warning's text (case-insensitively) and of the module's name."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front):
    one that matches every message and module."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An entry already present moves (to the front) rather than repeating.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):     # the default filter's "__main__"
        return pattern == text
    return pattern.match(text) is not None


# ---- warn --------------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    # The frame that "caused" the warning: warn's caller for stacklevel 1.
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        module_globals, filename, lineno = sys.__dict__, "sys", 1
    else:
        module_globals, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    module = module_globals.get("__name__", "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """The low-level warn(): the location is given instead of found."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return

    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction

    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")

    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _showwarnmsg(msg):
    if showwarning is _showwarning_orig and formatwarning is _formatwarning_orig and msg.source is not None:
        # The standard way, with where the source object was allocated (or
        # how to find out), which only this path knows of.
        file = msg.file if msg.file is not None else sys.stderr
        if file is None:
            return
        text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
        text += _allocation_hint(msg)
        try:
            file.write(text)
        except OSError:
            pass
        return
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _allocation_hint(msg):
    try:
        import tracemalloc
    except Exception:
        return ""
    if tracemalloc.is_tracing():
        tb = tracemalloc.get_object_traceback(msg.source)
        if tb is None:
            return ""
        lines = ["Object allocated at (most recent call last):\n"]
        for frame in tb:
            lines.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        return "".join(lines)
    return f"{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n"


def _warn_unawaited_coroutine(coro):
    """What a coroutine destroyed before it ran warns (from the runtime)."""
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


class catch_warnings:
    """A context manager that saves the filters and showwarning() on entry
    and puts them back on exit, so that changes made inside stay inside.

    With record=True, warnings are not printed but collected in the list
    that `with ... as w` receives.  action (and category, lineno, append)
    add one simplefilter on entry (new in 3.11)."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        module = self._module
        self._saved_filters = module.filters
        module.filters = module.filters[:]
        module._filters_mutated()
        self._saved_showwarning = module.showwarning
        self._saved_showwarnmsg = module._showwarnmsg
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg = log.append
        # A showwarning replaced by the program would bypass _showwarnmsg:
        # the original is restored so that recording sees every warning.
        module.showwarning = showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        module = self._module
        module.filters = self._saved_filters
        module._filters_mutated()
        module.showwarning = self._saved_showwarning
        module._showwarnmsg = self._saved_showwarnmsg


# ---- the command line's filters ----------------------------------------------------------------
# -W action:message:category:module:lineno and PYTHONWARNINGS (both in
# sys.warnoptions, the command line's last) become filters in their order, so
# that the later ones win, as they do in CPython.  A bad one is reported on
# stderr and skipped.

class _BadOption(Exception):
    pass


def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    for action in ("default", "always", "ignore", "module", "once", "error"):
        if action.startswith(text):
            return action
    raise _BadOption(f"invalid action: {text!r}")


def _option_category(text):
    if not text:
        return Warning
    if "." in text:
        module_name, _, name = text.rpartition(".")
        try:
            module = __import__(module_name, None, None, [name])
        except ImportError:
            raise _BadOption(f"invalid module name: {module_name!r}") from None
        category = getattr(module, name, None)
    else:
        import builtins
        category = getattr(builtins, text, None)
    if category is None:
        raise _BadOption(f"unknown warning category: {text!r}")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise _BadOption(f"invalid warning category: {text!r}")
    return category


def _add_option(option):
    fields = option.split(":")
    if len(fields) > 5:
        raise _BadOption(f"too many fields (max 5): {option!r}")
    action, message, category, module, lineno = [f.strip() for f in fields + [""] * (5 - len(fields))]
    action = _option_action(action)
    category = _option_category(category)
    if message or module:
        import re
        message = re.escape(message)
        module = re.escape(module) + r"\Z" if module else ""
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _BadOption(f"invalid lineno {lineno!r}") from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _processoptions(options):
    for option in options:
        try:
            _add_option(option)
        except _BadOption as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


_processoptions(sys.warnoptions)
