"""Regular expressions: Python's re module, run by PCRE2.

glasspy's own implementation.  The engine is the native module _pcre
(stdlib/re/ in the source tree): it reads Python's pattern syntax with
CPython's checks and error messages, writes it out in PCRE2's syntax,
compiles it with PCRE2's JIT, and makes the Pattern and Match objects.
This file is the rest of the API CPython documents: the module functions
and their pattern cache, the flags, re.error, and escape()."""

import _pcre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"

# ---- flags -------------------------------------------------------------------------------------

# (name, bit) in the order CPython 3.11's RegexFlag lists its members,
# which is the order repr(re.I | re.M) uses.
_FLAG_NAMES = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
               ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128))
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags: ints that show themselves by name, re.IGNORECASE|re.MULTILINE,
    and stay flags when combined with | & ^ ~."""

    __slots__ = ()

    def _names(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    def __repr__(self):
        names, rest = self._names()
        if not names and not rest:
            return "re.NOFLAG"
        text = ["re." + name for name in names]
        if rest:
            text.append(hex(rest))
        return "|".join(text)

    __str__ = __repr__

    def __format__(self, spec):
        return str(self) if not spec else format(int(self), spec)

    @property
    def name(self):
        names, rest = self._names()
        if rest:
            return None
        return "|".join(names) if names else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)          # \w \d \s \b match ASCII characters only
I = IGNORECASE = RegexFlag(2)       # letters match either case
L = LOCALE = RegexFlag(4)           # bytes patterns: the locale's idea of a letter (the C locale here)
U = UNICODE = RegexFlag(32)         # the default for str patterns
M = MULTILINE = RegexFlag(8)        # ^ and $ match at every line, not only the string's ends
S = DOTALL = RegexFlag(16)          # . matches "\n" too
X = VERBOSE = RegexFlag(64)         # whitespace and #comments in the pattern are ignored
T = TEMPLATE = RegexFlag(1)         # (CPython's unused "template" mode)
DEBUG = RegexFlag(128)


# ---- errors ------------------------------------------------------------------------------------

class error(Exception):
    """A pattern or replacement template that cannot be compiled.

    msg is the message alone, pattern the pattern, pos the index in it where
    the problem was found; lineno and colno say the same as a line and a
    column, which str() shows too when the pattern has several lines."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---- compiled patterns and matches -------------------------------------------------------

# Both native (stdlib/re/pattern_object.cpp, match_object.cpp): a Pattern's
# methods run once per call and a Match is made for every match found, so
# they must cost little.
#   Pattern: match, fullmatch, search, findall, finditer, scanner, split, sub,
#            subn; pattern, flags, groups, groupindex
#   Match:   group, groups, groupdict, start, end, span, expand, m[g];
#            string, re, pos, endpos, lastindex, lastgroup, regs
Pattern = _pcre.Pattern
Match = _pcre.Match


# ---- the module functions and the cache ------------------------------------------------------

_cache = {}  # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _pcre.compile(pattern, flags, error)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            # Forget the oldest pattern (dicts keep insertion order).
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of the string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches the whole string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match anywhere in the string, else None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the matches (the first count, if count) replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """sub() and the number of replacements, as a pair."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The string split at each match (at most maxsplit times, if maxsplit)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match, as text (or tuples of the groups' texts)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over every non-overlapping match, as Match objects."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Forget the compiled patterns and templates kept for reuse."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated in CPython 3.11)."""
    return _compile(pattern, flags | T)


# The characters escape() puts a backslash before: those that mean
# something in a pattern, and whitespace (for re.VERBOSE).
_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """The text with every character that has a meaning in a pattern escaped."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL_CHARS else c for c in pattern])
    text = str(pattern, "latin1")
    return "".join(["\\" + c if c in _SPECIAL_CHARS else c for c in text]).encode("latin1")
