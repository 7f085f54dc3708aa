"""Regular expressions: Python's re module, run by PCRE2.

glasspy's own implementation.  The engine is the native module _pcre
(stdlib/re/ in the source tree): it reads Python's pattern syntax with
CPython's checks and error messages, writes it out in PCRE2's syntax,
compiles it with PCRE2's JIT, and runs the loops of findall, split and
sub.  This file is the API CPython documents: the module functions and
their pattern cache, the flags, re.error, and the Pattern and Match
objects.

A Match holds the spans PCRE2 found, (start, end) of the whole match and
of each group, -1 for a group that took no part; group(), span() and the
rest read them."""

import sys as _sys

import _pcre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"

_MAXSIZE = _sys.maxsize


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


# ---- compiled patterns ---------------------------------------------------------------------

# (name, bit) in the order CPython's Pattern repr lists flags.
_PATTERN_FLAG_NAMES = (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
                       ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
                       ("re.ASCII", 256))

# The modes of _pcre's Code.match: where the match may start and end.
_SEARCH, _MATCH, _FULLMATCH, _NOTEMPTY_ATSTART = 0, 1, 2, 4

try:
    _mappingproxy = type(type.__dict__)
    _mappingproxy({})
except Exception:  # noqa: BLE001 - a plain dict copy then
    _mappingproxy = dict


class Pattern:
    """A compiled regular expression (what re.compile returns)."""

    __slots__ = ("_code", "pattern", "flags", "groups", "groupindex", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    # -- matching --
    def _match(self, string, pos, endpos, mode):
        result = self._code.match(string, pos, endpos, mode)
        if result is None:
            return None
        return _new_match(self, string, pos, endpos, result)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the pattern matches at pos (the start of the string by default)."""
        return self._match(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A Match if the pattern matches the whole string (from pos to endpos)."""
        return self._match(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first Match anywhere in the string, or None."""
        return self._match(string, pos, endpos, _SEARCH)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Every match, as text: the whole match if the pattern has no group,
        the group's text if it has one, a tuple of the groups' texts if more."""
        return self._code.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over every match, as Match objects."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """The text between matches; the groups' texts too, between the pieces."""
        return self._code.split(string, maxsplit)

    def sub(self, repl, string, count=0):
        """The string with each match replaced by repl: a template (\\1, \\g<name>)
        or a function called with each Match."""
        return self.subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """sub() and the number of replacements made, as a pair."""
        if callable(repl):
            return _sub_with_function(self, repl, string, count)
        return self._code.sub(self._template(repl), string, count)

    def _template(self, repl):
        # A str (or bytes) without a backslash is used as it is; otherwise
        # the template is parsed once and kept.
        if isinstance(repl, str):
            if "\\" not in repl:
                return repl
        elif isinstance(repl, (bytes, bytearray)):
            if b"\\" not in repl:
                return repl
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        key = (self, repl)
        items = _template_cache.get(key)
        if items is None:
            items = self._code.template(repl, error)
            if len(_template_cache) >= _MAXCACHE:
                _template_cache.clear()
            _template_cache[key] = items
        return items

    # -- the object --
    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if type(other) is not Pattern:
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    """Successive matches in one string, each search starting where the
    last match ended (CPython's SRE_Scanner; finditer is built on it).  An
    empty match is not found twice at the same place."""

    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_start", "_mode", "_done")

    def __init__(self, pattern, string, pos, endpos):
        # Checks the string's type now, as CPython does (and readies the
        # engine's copy of the string).
        pattern._code.match(string, 0, -1, _SEARCH)
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._start = pos
        self._mode = 0
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        result = self.pattern._code.match(self._string, self._start, self._endpos, mode | self._mode)
        if result is None:
            self._done = True
            return None
        start, end = result[0][0], result[0][1]
        self._mode = _NOTEMPTY_ATSTART if start == end else 0
        self._start = end
        return _new_match(self.pattern, self._string, self._pos, self._endpos, result)

    def match(self):
        return self._next(_MATCH)

    def search(self):
        return self._next(_SEARCH)


def _sub_with_function(pattern, function, string, count):
    # sub() with a function: the function's result (None counts as '')
    # replaces each match.
    pieces = []
    last = 0
    n = 0
    scanner = _Scanner(pattern, string, 0, _MAXSIZE)
    if count >= 0:
        while not count or n < count:
            m = scanner.search()
            if m is None:
                break
            start, end = m.span()
            if last < start:
                pieces.append(string[last:start])
            item = function(m)
            if item is not None:
                pieces.append(item)
            last = end
            n += 1
    if last < len(string):
        pieces.append(string[last:])
    return string[:0].join(pieces), n


# ---- match objects -------------------------------------------------------------------------

class Match:
    """The result of a successful match: where the pattern and each group
    matched, and the text they matched."""

    __slots__ = ("_spans", "_source", "lastindex", "re", "string", "pos", "endpos")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _text(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self._source[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        """The text a group matched (group 0: the whole match), None if it took
        no part; with several groups, a tuple of their texts."""
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple([self._text(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._text(self._index(group))

    def groups(self, default=None):
        """A tuple of every group's text (default for a group that took no part)."""
        return tuple([self._text(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """A dict of the named groups' texts."""
        return {name: self._text(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        s = self._spans
        return tuple([(s[i], s[i + 1]) for i in range(0, len(s), 2)])

    @property
    def lastgroup(self):
        if self.lastindex is not None:
            for name, index in self.re.groupindex.items():
                if index == self.lastindex:
                    return name
        return None

    def expand(self, template):
        """The template with its group references (\\1, \\g<name>) filled in."""
        items = self.re._template(template)
        if not isinstance(items, list):
            return items
        empty = self.string[:0]
        return empty.join([item if not isinstance(item, int) else (self._text(item) or empty) for item in items])

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._spans[0], self._spans[1],
                                                                 repr(self._text(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_object_new = object.__new__


def _new_match(pattern, string, pos, endpos, result):
    m = _object_new(Match)
    m._spans, m.lastindex = result
    m.re = pattern
    m.string = string
    # The texts of groups are str or bytes, also for a bytearray.
    m._source = string if type(string) is not bytearray else bytes(string)
    # pos and endpos as the engine used them: within the string.
    n = len(string)
    m.pos = 0 if pos < 0 else n if pos > n else pos
    m.endpos = 0 if endpos < 0 else n if endpos > n else endpos
    return m


# ---- the module functions and the cache ------------------------------------------------------

_cache = {}  # (type, pattern, flags) -> Pattern, oldest first
_template_cache = {}  # (Pattern, template) -> parsed template
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
    code = _pcre.compile(pattern, flags, error)
    p = _object_new(Pattern)
    p._code = code
    p.pattern = pattern
    p.flags = code.flags | flags
    p.groups = code.groups
    p.groupindex = _mappingproxy(code.groupindex)
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
    _template_cache.clear()


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
