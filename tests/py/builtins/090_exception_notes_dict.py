# Exceptions take attributes (a __dict__) and notes (PEP 678: add_note and
# __notes__, shown after the exception's line); slice.indices.
e = ValueError('bad')
e.hint = 'try again'
print(e.__dict__, vars(e), e.hint)
e.add_note('first note')
e.add_note('second')
print(e.__notes__, e.__dict__)
for bad in (5, b'x', None):
    try:
        e.add_note(bad)
    except TypeError as t:
        print(t)
k = KeyError('k')
k.__notes__ = ('a tuple',)
try:
    k.add_note('more')
except TypeError as t:
    print(t)
try:
    e.__dict__ = 5
except TypeError as t:
    print(t)
e.__dict__ = {'x': 1}
print(e.x, hasattr(e, 'hint'))
import pickle, copy
p = ValueError(1, 2)
p.extra = [1]
q = pickle.loads(pickle.dumps(p))
print(q.args, q.extra, copy.copy(p).extra)
for s, n in [(slice(1, 10, 2), 5), (slice(None, None, -1), 4), (slice(-100, 100), 3), (slice(5, 1, -2), 10), (slice(None), 0)]:
    print(s, n, s.indices(n), range(*s.indices(n)))
for bad in [(slice(1), -1), (slice(0, 1, 0), 3), (slice('a'), 3), (slice(1), 'x')]:
    try:
        bad[0].indices(bad[1])
    except (ValueError, TypeError) as t:
        print(type(t).__name__, t)


def fail():
    err = RuntimeError('with notes')
    err.add_note('note one')
    err.add_note('note two\nover two lines')
    raise err


fail()
