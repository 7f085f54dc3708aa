"""Temporary files and directories.

Names are 'tmp' plus eight random characters (from os.urandom), made with
O_CREAT | O_EXCL or mkdir so that two processes never get the same one;
a name that exists already is simply tried again, as in CPython.
"""
import os

TMP_MAX = 10000
template = 'tmp'

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_tempdir = None


def _random_name():
    return ''.join(_CHARACTERS[b % len(_CHARACTERS)] for b in os.urandom(8))


def gettempdir():
    """Returns tempfile.tempdir: $TMPDIR, $TEMP or $TMP if set and usable, else /tmp."""
    global _tempdir
    if _tempdir is None:
        candidates = [os.getenv(name) for name in ('TMPDIR', 'TEMP', 'TMP')]
        candidates += ['/tmp', '/var/tmp', '/usr/tmp', os.getcwd()]
        for directory in candidates:
            if directory and os.path.isdir(directory) and os.access(directory, os.W_OK | os.X_OK):
                _tempdir = os.path.abspath(directory)
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in ' + repr(candidates))
    return _tempdir


def gettempprefix():
    return template


def _names(suffix, prefix, dir):
    suffix = '' if suffix is None else suffix
    prefix = template if prefix is None else prefix
    dir = gettempdir() if dir is None else dir
    for _ in range(TMP_MAX):
        yield os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a directory only its creator can use; returns its absolute path."""
    for name in _names(suffix, prefix, dir):
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(name)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a file only its creator can read and write; returns
    (an open OS-level file descriptor, its absolute path)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for name in _names(suffix, prefix, dir):
        try:
            fd = os.open(name, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)


def _rmtree(path):
    for root, dirs, files in os.walk(path, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            target = os.path.join(root, name)
            if os.path.islink(target):
                os.remove(target)
            else:
                os.rmdir(target)
    os.rmdir(path)


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or at
    the end of a with block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore_cleanup_errors:
                    raise


class _TemporaryFileWrapper:
    """A file object from mkstemp that removes its file when closed (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self.file.closed:
            self.file.close()
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper file={self.file!r}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed when closed if delete."""
    fd, name = mkstemp(suffix, prefix, dir, text='b' not in mode)
    try:
        file = open(fd, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


TemporaryFile = NamedTemporaryFile
