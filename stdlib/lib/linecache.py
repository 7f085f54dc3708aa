"""Source lines by file name and number, cached (CPython: Lib/linecache.py).
warnings and traceback printing read the line they point at from here.

glasspy's cache keeps each file's lines as read the first time; checkcache
drops files whose size or modification time changed since."""

try:
    import os
except ImportError:   # glasspy before its os module: no change detection
    os = None

__all__ = ["getline", "clearcache", "checkcache", "getlines"]

# filename -> (size, mtime, lines, fullname)
cache = {}


def getline(filename, lineno, module_globals=None):
    """The line lineno (counting from 1) of filename, with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getlines(filename, module_globals=None):
    """All the lines of filename (read once, then from the cache)."""
    if filename in cache:
        return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Discard cache entries whose file changed on disk (or is gone)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        size, mtime, _, fullname = cache[name]
        if mtime is None:
            continue  # no file behind it (built in, or added by hand)
        try:
            stat = os.stat(fullname)
        except (OSError, AttributeError):
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename into the cache; [] when it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    if filename.startswith("<glasspy>/"):
        # A module built into glasspy: its text is in the binary, not a
        # file (as CPython's frozen modules give theirs through a loader).
        import glasspy
        text = glasspy.embedded_source(filename)
        if text is None:
            return []
        lines = text.splitlines(True)
        cache[filename] = None, None, lines, filename
        return lines
    try:
        with open(filename, encoding="utf-8") as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    try:
        stat = os.stat(filename)
        size, mtime = stat.st_size, stat.st_mtime
    except (OSError, AttributeError, NameError):
        size, mtime = None, None
    cache[filename] = size, mtime, lines, filename
    return lines
