# SyntaxError columns of compile()/exec() with a str (characters) and with bytes
# (UTF-8 bytes unless the bytes declare their encoding), on non-ASCII lines.
cases = [
    's = "é" 1',
    'x = "中文" + 007',
    'x = "é"; y = 0b12',
    'x = "é"; y = 1_',
    'x = "é"; y = 1__0',
    'x = "é"; y = 0x',
    'x = "é"; y = 1e',
    'x = "é"; y = 5j3',
    'x = "é"; if x = 1: pass',
    'x = "é"; f(a for a in b, c)',
    'x = "é"; y = (1, 2',
    'x = "é"; y = "abc',
    'x = "é"; y = $',
    'x = "é"; print "hi"',
    'x = "é"; f(**k, *a)',
    'x = "é"; a + 1 = 2',
    'x = "é"; del f()',
    'x = "é"; y = 1 if 2',
    'x = "é"; y = 0o8',
    'x = "é"; y = 08',
    'x = "é"; y = 1.e5_',
    'x = "é"; y = €',
    'x = "é"; y = a €',
    'x = "é"; import a.b as c.d',
    'x = "é"; def f(a=1, b): pass',
    'x = "é"; lambda: (yield)',
    'x = "é"; nonlocal x',
    'x = "é"; return 1',
    'x = "é"; f(x=1, x=2)',
    'x = "é"; y = [i for i in range(3) if]',
]
for c in cases:
    for source in (c + '\n', (c + '\n').encode(), ('# coding: utf-8\n' + c + '\n').encode()):
        try:
            compile(source, 'f', 'exec')
            print('ok')
        except SyntaxError as e:
            print(type(source).__name__, e.msg, e.lineno, e.offset, e.end_offset)
for c in ['x = "é" 1', 'x = "中文" + 007']:
    try:
        exec(c)
    except SyntaxError as e:
        print('exec', e.msg, e.offset, e.end_offset)
    try:
        exec(c.encode())
    except SyntaxError as e:
        print('exec bytes', e.msg, e.offset, e.end_offset)
