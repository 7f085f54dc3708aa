"""Shell-style wildcards: * (anything), ? (one character), [seq] and
[!seq], matched by translating the pattern to a regular expression."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat, case-normalised as the OS does."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=256)
def _compile(pat):
    if isinstance(pat, bytes):
        return re.compile(translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names that match pat."""
    match = _compile(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case mattering."""
    return _compile(pat)(name) is not None


def translate(pat):
    """The regular expression (as a string) that pat stands for."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # Runs of * are one *.
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            stuff = pat[i:j]
            i = j + 1
            if not stuff:
                out.append("(?!)")  # [] matches nothing
                continue
            if stuff == "!":
                out.append(".")  # [!] matches any character
                continue
            stuff = stuff.replace("\\", "\\\\")
            if stuff[0] == "!":
                stuff = "^" + stuff[1:]
            elif stuff[0] in ("^", "["):
                stuff = "\\" + stuff
            out.append("[" + re.sub(r"([&~|])", r"\\\1", stuff) + "]")
        else:
            out.append(re.escape(c))
    return "(?s:%s)\\Z" % "".join(out)
