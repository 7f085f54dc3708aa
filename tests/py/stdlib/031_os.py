import os, os.path, sys
print(os.name, os.sep, os.linesep == '\n', os.path is sys.modules['os.path'])
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', '/y', 'z'), os.path.join(b'a', b'b'))
print(os.path.split('/usr/lib/python3.11/os.py'), os.path.split('/'), os.path.split('a'))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a/b.c/d'))
print(os.path.basename('/a/b/'), os.path.dirname('/a/b/c'), os.path.dirname('//x'))
for p in ['a//b/./c/..', '/../x', '//a', '///a/b', '', '.', 'a/../..', '../a/b/../../..']:
    print(repr(p), os.path.normpath(p))
print(os.path.isabs('/x'), os.path.isabs('x'))
d = os.getcwd()
os.mkdir('tdir')
print(os.path.isdir('tdir'), os.path.isfile('tdir'), os.path.exists('nope'))
with open(os.path.join('tdir', 'f.txt'), 'w') as f:
    f.write('hello')
print(os.listdir('tdir'), os.path.getsize('tdir/f.txt'))
st = os.stat('tdir/f.txt')
print(st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mode & 0o170000 == 0o100000)
os.rename('tdir/f.txt', 'tdir/g.txt')
print(sorted(os.listdir('tdir')))
try:
    os.rename('tdir/nope', 'tdir/x')
except FileNotFoundError as e:
    print(e, e.filename, e.filename2)
try:
    os.remove('nope.txt')
except FileNotFoundError as e:
    print(e)
try:
    os.mkdir('tdir')
except FileExistsError as e:
    print(e)
try:
    os.listdir('nope')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.stat(None)
except TypeError as e:
    print(e)
try:
    os.mkdir(3.5)
except TypeError as e:
    print(e)
os.makedirs('tdir/a/b/c')
os.makedirs('tdir/a/b/c', exist_ok=True)
try:
    os.makedirs('tdir/a/b/c')
except FileExistsError as e:
    print(e)
for root, dirs, files in os.walk('tdir'):
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk('tdir', topdown=False):
    print(root, sorted(dirs), sorted(files))
os.remove('tdir/g.txt')
os.removedirs('tdir/a/b/c')
print(os.path.exists('tdir'))
os.environ['GLASSPY_T'] = 'v1'
print(os.environ['GLASSPY_T'], os.getenv('GLASSPY_T'), os.getenv('NOPE_X'), os.getenv('NOPE_X', 'dflt'))
del os.environ['GLASSPY_T']
print('GLASSPY_T' in os.environ)
try:
    os.environ['NOPE_X']
except KeyError as e:
    print('KeyError', e)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1)
print(len(os.urandom(16)), type(os.urandom(0)))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.expanduser('~') == os.environ['HOME'])
print(os.fspath('a'), os.strerror(2))
print(os.path.realpath('.') == os.getcwd())
fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abc'))
os.close(fd)
fd = os.open('raw.bin', os.O_RDONLY)
print(os.read(fd, 10), os.fstat(fd).st_size)
os.close(fd)
os.unlink('raw.bin')
print(repr(os.stat_result)[:30])
