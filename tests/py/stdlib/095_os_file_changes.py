# chmod, chown, link, symlink, replace, renames, utime, truncate, mkfifo, umask:
# what they change, and CPython's OSError for each (errno subclass, names).
import os
import tempfile


def attempt(call):
    try:
        result = call()
        print('ok', result)
    except OSError as e:
        print(type(e).__name__, e, (e.errno, e.filename, e.filename2))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    with open('a', 'w') as f:
        f.write('0123456789')

    os.chmod('a', 0o600)
    print(oct(0o777 & (os.stat('a').st_mode)))
    fd = os.open('a', os.O_RDONLY)
    os.chmod(fd, 0o640)
    print(oct(0o777 & (os.fstat(fd).st_mode)))
    os.fchmod(fd, 0o644)
    print(oct(0o777 & (os.stat('a').st_mode)))
    attempt(lambda: os.chmod('missing', 0o600))
    attempt(lambda: os.chmod(1.5, 0o600))

    st = os.stat('a')
    os.chown('a', -1, -1)
    os.lchown('a', st.st_uid, -1)
    os.fchown(fd, -1, st.st_gid)
    print(os.stat('a').st_uid == st.st_uid, os.stat('a').st_gid == st.st_gid)
    attempt(lambda: os.chown('missing', -1, -1))
    attempt(lambda: os.chown('a', 'root', -1))

    os.link('a', 'hard')
    print(os.stat('a').st_nlink, os.path.samefile('a', 'hard'))
    attempt(lambda: os.link('missing', 'x'))
    attempt(lambda: os.link('a', 'hard'))
    os.symlink('a', 'soft')
    print(os.readlink('soft'), os.path.islink('soft'))
    attempt(lambda: os.symlink('a', 'soft'))

    with open('b', 'w') as f:
        f.write('b')
    os.replace('b', 'hard')
    print(open('hard').read(), os.path.exists('b'))
    attempt(lambda: os.replace('missing', 'x'))

    os.makedirs('old/deep')
    with open('old/deep/f', 'w') as f:
        f.write('moved')
    os.renames('old/deep/f', 'new/deeper/g')
    print(os.path.exists('old'), open('new/deeper/g').read())

    os.utime('a', (1, 2))
    print(os.stat('a').st_atime, os.stat('a').st_mtime)
    os.utime('a', (1.5, 2.25))
    print(os.stat('a').st_atime_ns, os.stat('a').st_mtime_ns)
    os.utime('a', ns=(3000000001, 4000000002))
    print(os.stat('a').st_atime_ns, os.stat('a').st_mtime_ns)
    os.utime('soft', (7, 8), follow_symlinks=False)
    print(os.lstat('soft').st_mtime, os.stat('a').st_mtime)
    os.utime('a')
    print(os.stat('a').st_mtime > 1000)
    attempt(lambda: os.utime('a', (1, 2), ns=(1, 2)))
    attempt(lambda: os.utime('a', 5))
    attempt(lambda: os.utime('a', ns=5))
    attempt(lambda: os.utime('missing', None))

    os.truncate('a', 4)
    print(os.stat('a').st_size)
    wfd = os.open('a', os.O_WRONLY)
    os.truncate(wfd, 2)
    os.ftruncate(wfd, 1)
    print(os.stat('a').st_size)
    os.close(wfd)
    os.close(fd)
    attempt(lambda: os.truncate('missing', 0))

    os.mkfifo('fifo', 0o600)
    print(os.stat('fifo').st_mode & 0o170000 == 0o010000)
    attempt(lambda: os.mkfifo('fifo'))

    old = os.umask(0o022)
    print(os.umask(old) == 0o022)
    attempt(lambda: os.umask('x'))
    os.chdir('/')
