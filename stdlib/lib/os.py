"""Operating system interfaces (glasspy's os, for POSIX systems).

The system calls themselves are in the native module posix
(stdlib/posix_module.cpp), one C++ function each; everything built from
them -- os.path, makedirs, walk, the environ mapping, stat_result -- is
written here in Python, so that it can be read.
"""
import sys
import posix
import posixpath as path
from posix import (getpid, getppid, getuid, getcwd, getcwdb, chdir, mkdir, rmdir, remove,
                   unlink, rename, listdir, lstat as _lstat, stat as _stat, access, open, close,
                   read, write, isatty, urandom, cpu_count, strerror, putenv, unsetenv,
                   system, readlink, _exit, sysconf, sysconf_names,
                   O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NOFOLLOW,
                   O_CLOEXEC, O_NONBLOCK, O_DIRECTORY, F_OK, R_OK, W_OK, X_OK,
                   SEEK_SET, SEEK_CUR, SEEK_END,
                   fork, register_at_fork, wait, waitpid, WIFEXITED, WIFSIGNALED, WIFSTOPPED,
                   WEXITSTATUS, WTERMSIG, WSTOPSIG, waitstatus_to_exitcode, WNOHANG, WUNTRACED,
                   kill, pipe, dup, dup2, get_inheritable, set_inheritable, execv, execve)

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
error = OSError


# ---- stat ------------------------------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

    The first ten items are also fields (st_mode ... st_ctime); as in
    CPython, the times in the tuple are whole seconds, and the attributes
    st_atime, st_mtime, st_ctime are floats."""

    n_sequence_fields = 10
    n_unnamed_fields = 3
    n_fields = 19

    def __new__(cls, raw):
        # raw, from posix.stat: the ten fields with float times, then the
        # times in nanoseconds, st_blksize, st_blocks, st_rdev.
        self = tuple.__new__(cls, raw[:7] + (int(raw[7]), int(raw[8]), int(raw[9])))
        self._raw = raw
        return self

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(_STAT_FIELDS, self))
        return f'os.stat_result({fields})'

    def __reduce__(self):
        return (stat_result, (self._raw,))


def _stat_field(index, doc):
    return property(lambda self: self._raw[index], doc=doc)


for _i, _name in enumerate(_STAT_FIELDS):
    setattr(stat_result, _name, _stat_field(_i, _name[3:]))
stat_result.st_atime_ns = _stat_field(10, 'time of last access in nanoseconds')
stat_result.st_mtime_ns = _stat_field(11, 'time of last modification in nanoseconds')
stat_result.st_ctime_ns = _stat_field(12, 'time of last change in nanoseconds')
stat_result.st_blksize = _stat_field(13, 'blocksize for filesystem I/O')
stat_result.st_blocks = _stat_field(14, 'number of blocks allocated')
stat_result.st_rdev = _stat_field(15, 'device type (if inode device)')
del _i, _name


def stat(path, *, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_stat(path) if follow_symlinks else _lstat(path))


def lstat(path):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_lstat(path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(_stat(fd))


# ---- paths -----------------------------------------------------------------------------------

class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(result).__name__}')
    return result


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile by someone else
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and every empty parent directory."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for
    top and every directory below it."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs = [], []
    for name in names:
        (dirs if path.isdir(path.join(top, name)) else nondirs).append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        new_path = path.join(top, name)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


# ---- the environment -------------------------------------------------------------------------

class _Environ:
    """The process environment as a mapping of str to str; changes are
    passed on to the process (putenv/unsetenv), so child processes see them."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        items = ', '.join(f'{key!r}: {value!r}' for key, value in self._data.items())
        return f'environ({{{items}}})'

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)
