"""Common operations on POSIX path names (os.path).

Pure string work, except the questions about the file system (exists,
isdir, getsize, realpath ...), which ask posix.stat/lstat/readlink.
Every function accepts str or bytes (and os.PathLike objects) and answers
in the same kind.
"""
import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return method(p)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_same_kind(funcname, *parts):
    kinds = {isinstance(p, bytes) for p in parts}
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components")
    for p in parts:
        if not isinstance(p, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {type(p).__name__!r}')


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    A component that is an absolute path discards everything before it."""
    a = _fspath(a)
    parts = [_fspath(part) for part in p]
    _check_same_kind('join', a, *parts)
    sep = _sep(a)
    path = a
    for b in parts:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the
    final slash.  Either part may be empty."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext may be empty.
    Leading dots of the last component do not start an extension."""
    p = _fspath(p)
    sep, dot = (b'/', b'.') if isinstance(p, bytes) else ('/', '.')
    dot_index = p.rfind(dot)
    if dot_index > p.rfind(sep):
        # skip all leading dots of the file name
        name_index = p.rfind(sep) + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    return split(p)[1] if not _fspath(p).endswith(_sep(_fspath(p))) else _fspath(p)[:0]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, '.' and 'a/..' parts."""
    path = _fspath(path)
    sep, dot, dotdot = (b'/', b'.', b'..') if isinstance(path, bytes) else ('/', '.', '..')
    if not path:
        return dot
    initial_slashes = 0
    if path.startswith(sep):
        # POSIX allows one or two initial slashes, three or more are one
        initial_slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    new_comps = []
    for comp in path.split(sep):
        if comp in (path[:0], dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep * initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwdb() if isinstance(path, bytes) else posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
    symbolic links encountered in the path."""
    filename = _fspath(filename)
    sep = _sep(filename)
    path = abspath(filename)
    seen = set()
    while True:
        parts = path.split(sep)
        resolved = sep if isinstance(path, str) else b'/'
        changed = False
        for i, part in enumerate(parts):
            if not part:
                continue
            candidate = join(resolved, part)
            if islink(candidate):
                if candidate in seen:
                    if strict:
                        posix.stat(candidate)
                    return join(candidate, *parts[i + 1:])
                seen.add(candidate)
                target = posix.readlink(candidate)
                path = normpath(join(resolved, target, *parts[i + 1:]))
                changed = True
                break
            resolved = candidate
        if not changed:
            if strict:
                posix.stat(resolved)
            return resolved


def relpath(path, start=None):
    """Return a relative version of a path."""
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    curdir, sep, pardir = ('.', '/', '..') if isinstance(path, str) else (b'.', b'/', b'..')
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    common = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - common) + path_list[common:]
    return join(*rel_list) if rel_list else curdir


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _check_same_kind('commonpath', *paths)
    sep, curdir = (b'/', b'.') if isinstance(paths[0], bytes) else ('/', '.')
    split_paths = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = split_paths[0]
    for parts in split_paths[1:]:
        n = 0
        while n < len(common) and n < len(parts) and common[n] == parts[n]:
            n += 1
        common = common[:n]
    prefix = sep if paths[0].startswith(sep) else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    """Expand ~ and ~user constructions (only ~ of the current user here)."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: the password database is not read
    home = posix.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Expand shell variables of the forms $var and ${var}; unknown ones are left alone."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if '$' not in path:
        return path
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == '$':
            if path.startswith('${', i):
                end = path.find('}', i + 2)
                name = path[i + 2:end] if end >= 0 else ''
                stop = end + 1
            else:
                stop = i + 1
                while stop < len(path) and (path[stop].isalnum() or path[stop] == '_'):
                    stop += 1
                name = path[i + 1:stop]
            if name and name in posix.environ:
                out.append(posix.environ[name])
                i = stop
                continue
        out.append(c)
        i += 1
    return ''.join(out)


# ---- questions for the file system --------------------------------------------------------

def _mode(path, follow=True):
    try:
        return (posix.stat(path) if follow else posix.lstat(path))[0]
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links."""
    return _mode(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links."""
    return _mode(path, follow=False) is not None


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def isfile(path):
    """Test whether a path is a regular file."""
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def islink(path):
    """Test whether a path is a symbolic link."""
    mode = _mode(path, follow=False)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def ismount(path):
    """Test whether a path is a mount point."""
    try:
        st = posix.lstat(path)
        parent = posix.lstat(join(path, '..' if isinstance(_fspath(path), str) else b'..'))
    except (OSError, ValueError):
        return False
    if st[0] & _S_IFMT == _S_IFLNK:
        return False
    return st[2] != parent[2] or st[1] == parent[1]


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return posix.stat(filename)[6]


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return posix.stat(filename)[7]


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return posix.stat(filename)[8]


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return posix.stat(filename)[9]


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory."""
    s1, s2 = posix.stat(f1), posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]
