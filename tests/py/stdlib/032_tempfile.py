import os, tempfile
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d).startswith('tmp'), len(os.path.basename(d)))
print(oct(os.stat(d).st_mode & 0o777))
d2 = tempfile.mkdtemp(suffix='_s', prefix='p_', dir=d)
print(os.path.dirname(d2) == d, os.path.basename(d2).startswith('p_'), d2.endswith('_s'))
fd, name = tempfile.mkstemp(suffix='.txt', dir=d)
os.write(fd, b'data')
os.close(fd)
print(open(name).read(), oct(os.stat(name).st_mode & 0o777), name.endswith('.txt'))
with tempfile.TemporaryDirectory() as td:
    with open(os.path.join(td, 'x'), 'w') as f:
        f.write('1')
    os.mkdir(os.path.join(td, 'sub'))
    print(sorted(os.listdir(td)))
print(os.path.exists(td))
with tempfile.NamedTemporaryFile('w+', suffix='.log') as f:
    f.write('hello\n')
    f.seek(0)
    print(f.read(), end='')
    n = f.name
    print(os.path.exists(n))
print(os.path.exists(n))
print(tempfile.gettempdir() == os.path.abspath(os.getenv('TMPDIR') or '/tmp'))
t = tempfile.TemporaryDirectory(prefix='zz')
print(repr(t).startswith("<TemporaryDirectory '"), os.path.basename(t.name)[:2])
t.cleanup()
print(os.path.exists(t.name))
