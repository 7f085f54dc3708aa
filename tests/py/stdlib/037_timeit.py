import timeit, io, contextlib, re
t = timeit.Timer('x * 2', setup='x = 21')
print(type(t.timeit(10)).__name__, len(t.repeat(3, 5)), t.timeit(0) >= 0)
print(timeit.timeit('sum(range(10))', number=100) > 0)
calls = []
print(timeit.timeit(lambda: calls.append(1), number=7) > 0, len(calls))
print(timeit.repeat('pass', repeat=4, number=3).__len__())
n, taken = timeit.Timer('pass').autorange()
print(n >= 1, taken >= 0.2)
try:
    timeit.Timer('x = ')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    timeit.Timer(3)
except ValueError as e:
    print('ValueError', e)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    timeit.main(['-n', '10', '-r', '1', '-s', 'y = 1', 'y + 1'])
print(re.sub(r'[\d.]+(e-\d+)? [nmu]?sec', 'T', buf.getvalue()), end='')
g = {'value': 5}
print(timeit.timeit('value * 2', number=3, globals=g) > 0)
