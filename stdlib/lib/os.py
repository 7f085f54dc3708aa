"""Operating system interfaces (glasspy's os, for POSIX systems).

The system calls themselves are in the native module posix
(stdlib/posix_module.cpp), one C++ function each; everything built from
them -- os.path, makedirs, walk, the environ mapping, stat_result -- is
written here in Python, so that it can be read.
"""
import sys
import posix as _posix
import posixpath as path
from posix import *                     # every public system call and constant
from posix import (_exit, lstat as _lstat, stat as _stat, _scandir, _DT_UNKNOWN, _DT_DIR,
                   _DT_REG, _DT_LNK)

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


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_lstat(path, dir_fd=dir_fd))


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


def renames(old, new):
    """renames(old, new)

    Super-rename: create the directories the new name needs, rename, then
    remove the directories the old name leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# ---- scandir ---------------------------------------------------------------------------------
#
# posix._scandir reads a whole directory and gives (name, d_type, d_ino) for
# each entry. d_type is the file's kind as the directory itself records it,
# so is_dir(), is_file() and is_symlink() usually need no system call; only
# stat() (and a d_type of "unknown", or a symbolic link to follow) calls
# stat, once, and the entry keeps the result.

_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


class DirEntry:
    """An entry of a directory, as os.scandir() yields them."""

    __module__ = 'posix'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, name, entry_path, d_type, inode, dir_fd):
        self = object.__new__(cls)
        self._name, self._path, self._d_type, self._inode = name, entry_path, d_type, inode
        self._dir_fd = dir_fd           # scandir(fd): names are relative to it
        self._stat = self._lstat = None
        return self

    name = property(lambda self: self._name,
                    doc="the entry's base filename, relative to scandir() \"path\" argument")
    path = property(lambda self: self._path,
                    doc="the entry's full path name; equivalent to "
                        "os.path.join(scandir_path, entry.name)")

    def inode(self):
        """Return inode of the entry; cached per entry."""
        return self._inode

    def stat(self, *, follow_symlinks=True):
        """Return stat_result object for the entry; cached per entry."""
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = self._call_stat(False)
            return self._lstat
        if self._stat is None:
            # Not a link: following changes nothing, and lstat's answer will do.
            if self.is_symlink():
                self._stat = self._call_stat(True)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def _call_stat(self, follow):
        if self._dir_fd is None:
            return stat(self._path, follow_symlinks=follow)
        return stat(self._name, dir_fd=self._dir_fd, follow_symlinks=follow)

    def is_symlink(self):
        """Return True if the entry is a symbolic link; cached per entry."""
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        return self._has_kind(_S_IFLNK, False)

    def is_dir(self, *, follow_symlinks=True):
        """Return True if the entry is a directory; cached per entry."""
        return self._test_kind(_S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        """Return True if the entry is a file; cached per entry."""
        return self._test_kind(_S_IFREG, follow_symlinks)

    def _test_kind(self, kind, follow_symlinks):
        # d_type answers unless it is unknown or names a link to follow.
        if self._d_type == _DT_UNKNOWN or (follow_symlinks and self.is_symlink()):
            return self._has_kind(kind, follow_symlinks)
        if self.is_symlink():
            return False
        # Without stat, anything that is not a directory counts as a file (as in CPython).
        return (self._d_type == _DT_DIR) == (kind == _S_IFDIR)

    def _has_kind(self, kind, follow_symlinks):
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return False                # removed since the directory was read
        return mode & _S_IFMT == kind

    def __fspath__(self):
        """Returns the path for the entry."""
        return self._path

    def __repr__(self):
        return f'<DirEntry {self._name!r}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ScandirIterator:
    """The iterator os.scandir() returns; also a context manager that closes it."""

    __module__ = 'posix'

    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path.

    path can be specified as either str, bytes, or a path-like object.  If path
    is bytes, the names of yielded DirEntry objects will also be bytes; in
    all other circumstances they will be str.

    If path is None, uses the path='.'."""
    raw = _scandir(path)
    if isinstance(path, int):
        entries = [DirEntry._make(name, name, kind, ino, path) for name, kind, ino in raw]
        return _ScandirIterator(entries)
    top = '.' if path is None else fspath(path)
    sep_ = b'/' if isinstance(top, bytes) else '/'
    prefix = top if top.endswith(sep_) else top + sep_
    return _ScandirIterator([DirEntry._make(name, prefix + name, kind, ino, None)
                            for name, kind, ino in raw])


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


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


class _EnvironBytes:
    """os.environb: the same environment as environ, seen as bytes (the
    names and values encoded as the file system encodes them)."""

    def __getitem__(self, key):
        return fsencode(environ[self._name(key)])

    def __setitem__(self, key, value):
        if not isinstance(value, bytes):
            raise TypeError(f'bytes expected, not {type(value).__name__}')
        environ[self._name(key)] = fsdecode(value)

    def __delitem__(self, key):
        del environ[self._name(key)]

    def __iter__(self):
        return iter([fsencode(key) for key in environ])

    def __len__(self):
        return len(environ)

    def __contains__(self, key):
        return isinstance(key, bytes) and fsdecode(key) in environ

    def __repr__(self):
        items = ', '.join(f'{key!r}: {value!r}' for key, value in self.items())
        return f'environ({{{items}}})'

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return list(self)

    def items(self):
        return [(fsencode(key), fsencode(value)) for key, value in environ.items()]

    def values(self):
        return [fsencode(value) for value in environ.values()]

    @staticmethod
    def _name(key):
        if not isinstance(key, bytes):
            raise TypeError(f'bytes expected, not {type(key).__name__}')
        return fsdecode(key)


environb = _EnvironBytes()
supports_bytes_environ = True


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environb.get(key, default)


# ---- running programs ------------------------------------------------------------------------

def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = env.get(b'PATH', defpath)
    return fsdecode(path_list).split(pathsep)


def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the
    current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    """Tries each directory of the search path in turn, as a shell does; a
    name with a slash is run as it is.  The error reported is the first
    that is not "not found", else the last."""
    run = execv if env is None else (lambda p, a: execve(p, a, dict(env)))
    if path.dirname(file):
        run(file, args)
        return
    first_other = last = None
    for directory in get_exec_path(env):
        try:
            run(path.join(directory, file), args)
        except OSError as e:
            last = e
            if first_other is None and not isinstance(e, (FileNotFoundError, NotADirectoryError)):
                first_other = e
    raise first_other if first_other is not None else last


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for an open descriptor (io.open on it)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- what the calls accept -------------------------------------------------------------------
# The functions that take a descriptor for the path, dir_fd, follow_symlinks
# and effective_ids (posix_files.cpp and posix_module.cpp say how); as in
# CPython, `f in os.supports_fd` tells whether f can.

supports_fd = {chdir, chmod, chown, listdir, scandir, stat, statvfs, truncate, utime}
supports_dir_fd = {access, chmod, chown, link, mkdir, mkfifo, open, readlink, rename, rmdir,
                   stat, symlink, unlink, utime}
supports_follow_symlinks = {access, chown, link, stat, utime}
supports_effective_ids = {access}
