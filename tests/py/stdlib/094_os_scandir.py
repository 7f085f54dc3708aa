# os.scandir and DirEntry: names, paths, kinds from d_type, cached stat, context manager.
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    with open('file.txt', 'w') as f:
        f.write('hello')
    os.mkdir('sub')
    os.symlink('file.txt', 'link_to_file')
    os.symlink('sub', 'link_to_dir')
    os.symlink('missing', 'dangling')

    with os.scandir() as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, os.fspath(e))
        print('  file', e.is_file(), e.is_file(follow_symlinks=False),
              'dir', e.is_dir(), e.is_dir(follow_symlinks=False), 'link', e.is_symlink())
        print('  inode matches lstat:', e.inode() == os.lstat(e.name).st_ino)
    f = [e for e in entries if e.name == 'file.txt'][0]
    print(f.stat().st_size, f.stat() is f.stat(), f.stat(follow_symlinks=False).st_size)
    d = [e for e in entries if e.name == 'dangling'][0]
    try:
        d.stat()
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    print(type(d.stat(follow_symlinks=False)).__name__)

    print(sorted(e.path for e in os.scandir('sub')), sorted(e.path for e in os.scandir(top + '/'))[0] == top + '/dangling')
    print(sorted(e.name for e in os.scandir(b'.')))
    fd = os.open('.', os.O_RDONLY)
    print(sorted((e.name, e.path) for e in os.scandir(fd))[:2], sorted(os.listdir(fd)))
    print([e.stat().st_size for e in os.scandir(fd) if e.name == 'file.txt'])
    os.close(fd)

    it = os.scandir('.')
    print(type(it).__name__, next(iter(it)).__class__.__name__)
    it.close()
    print(list(it))
    with os.scandir('.') as it2:
        pass
    print(list(it2))

    for bad in ('nope', 'file.txt'):
        try:
            os.scandir(bad)
        except OSError as e:
            print(type(e).__name__, e)
    try:
        os.DirEntry()
    except TypeError as e:
        print(e)
    os.chdir('/')
