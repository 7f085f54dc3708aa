"""Constants and functions for the st_mode and st_flags of os.stat() results
(CPython: Lib/stat.py and Modules/_stat.c).

st_mode packs the kind of file (S_IFMT bits: S_IFDIR, S_IFREG, S_IFLNK...)
with its permission bits (S_IMODE: set-user-id, set-group-id, sticky, and
read/write/execute for owner, group and others):

    >>> import os, stat
    >>> mode = os.stat('.').st_mode
    >>> stat.S_ISDIR(mode), oct(stat.S_IMODE(mode)), stat.filemode(mode)
    (True, '0o755', 'drwxr-xr-x')
"""

# The positions of the fields in the tuple form of os.stat()'s result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# The kinds of file (Linux's values; door, event port and whiteout do not
# exist there, so they are 0 and their tests are always false).
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0


def S_IMODE(mode):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return mode & 0o7777


def S_IFMT(mode):
    """Return the portion of the file's mode that describes the file type."""
    return mode & 0o170000


def S_ISDIR(mode):
    """Return True if mode is from a directory."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Return True if mode is from a character special device file."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Return True if mode is from a block special device file."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Return True if mode is from a regular file."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Return True if mode is from a FIFO (named pipe)."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Return True if mode is from a symbolic link."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Return True if mode is from a socket."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Return True if mode is from a door."""
    return False


def S_ISPORT(mode):
    """Return True if mode is from an event port."""
    return False


def S_ISWHT(mode):
    """Return True if mode is from a whiteout."""
    return False


# Permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID   # mandatory locking: the set-group-id bit without group execute
S_ISVTX = 0o1000
S_IREAD = 0o0400    # the old names of S_IRUSR, S_IWUSR, S_IXUSR
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# st_flags (BSD and macOS chflags; Linux has no st_flags).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows' file attributes, defined everywhere as in CPython.
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072

# The letter `ls -l` shows for each kind of file, then for each permission
# bit: which bits to test and the letter when exactly those are set.
_KIND_LETTERS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
                 (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))
_PERMISSION_LETTERS = (
    ((S_IRUSR, S_IRUSR, "r"),),
    ((S_IWUSR, S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, S_IXUSR | S_ISUID, "s"), (S_IXUSR | S_ISUID, S_ISUID, "S"), (S_IXUSR, S_IXUSR, "x")),
    ((S_IRGRP, S_IRGRP, "r"),),
    ((S_IWGRP, S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, S_IXGRP | S_ISGID, "s"), (S_IXGRP | S_ISGID, S_ISGID, "S"), (S_IXGRP, S_IXGRP, "x")),
    ((S_IROTH, S_IROTH, "r"),),
    ((S_IWOTH, S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, S_IXOTH | S_ISVTX, "t"), (S_IXOTH | S_ISVTX, S_ISVTX, "T"), (S_IXOTH, S_IXOTH, "x")),
)


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    kind = S_IFMT(mode)
    letters = [next((letter for bits, letter in _KIND_LETTERS if kind == bits), "?")]
    for choices in _PERMISSION_LETTERS:
        letters.append(next((letter for mask, value, letter in choices if mode & mask == value), "-"))
    return "".join(letters)
