# The stat module: kinds of file and permission bits of st_mode, filemode().
import os
import stat
import tempfile

names = sorted(n for n in dir(stat) if not n.startswith('_'))
print(len(names), names[:8])
print([(n, getattr(stat, n)) for n in names if not callable(getattr(stat, n))])
for mode in (0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755,
             0o101744, 0o041777, 0o041776, 0o100000, 0o170777, 0o004000, 0):
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
                                stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(mode)])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as f:
        f.write('x')
    os.chmod(path, 0o640)
    os.symlink(path, os.path.join(d, 'link'))
    st = os.stat(path)
    print(stat.S_ISREG(st.st_mode), oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode), st[stat.ST_SIZE])
    print(stat.S_ISDIR(os.stat(d).st_mode), stat.S_ISLNK(os.lstat(os.path.join(d, 'link')).st_mode))
print(stat.S_IMODE.__doc__)
