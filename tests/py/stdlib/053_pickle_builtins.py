# pickle: the exact bytes of every protocol for the built-in types (shared and
# recursive structures, big ints, frames, batches), and loads() of them.
import pickle
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
shared = [1, 2]
rec = [1]; rec.append(rec)
drec = {}; drec['self'] = drec
trec = ([],); trec[0].append(trec)
big = list(range(2500))
objs = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31-1, 2**31, -2**31-1, 2**63, -2**63, 2**64, 10**100, -10**100, -128, -129, -256, -(2**2040), 2**2100,
        0.0, -0.0, 1.5, 1e300, float('inf'), -float('inf'), 1/3,
        '', 'abc', 'a\\b\nc\r\x00\x1a', '\u20ac\U0001f600\xe9', 'x'*300, '\ud800',
        b'', b'abc', b'\x00\xff'*200, bytearray(), bytearray(b'xy'),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], [[1], [2, [3]]], {}, {'a': 1}, {'a': 1, 'b': [1, 2], 3: None},
        set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), [shared, shared, (shared,)], ('s', 's'), big, {i: i for i in range(1500)}, set(range(1200)),
        int, str, len, type(None), type(...), ..., NotImplemented, Point, Point(1, 'two'), [Point(1, 2), Point(1, 2)], 1+2j, range(1, 10, 2), slice(1, 2, 3),
        ]
for proto in range(6):
    for o in objs:
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, 'dump error', type(e).__name__, e)
            continue
        print(proto, repr(o)[:60], data if len(data) < 200 else (len(data), hash(data) if False else data[:60], data[-40:]))
        back = pickle.loads(data)
        ok = back == o if o is not rec and o is not drec and o is not trec else True
        if not ok and not (o != o): print('   roundtrip mismatch', repr(back)[:80])
    for r in (rec, drec, trec):
        d = pickle.dumps(r, proto)
        print(proto, 'rec', d)
        b = pickle.loads(d)
    b = pickle.loads(pickle.dumps(rec, proto)); print(b[1] is b)
    b = pickle.loads(pickle.dumps(drec, proto)); print(b['self'] is b)
    b = pickle.loads(pickle.dumps(trec, proto)); print(b[0][0] is b)
    b = pickle.loads(pickle.dumps([shared, shared], proto)); print(b[0] is b[1])

# Names of classes and functions, and the memo of their module strings.
class A: pass
class B: pass
def f(): pass
print(pickle.dumps([int, str, len, A, B, f, ..., type(...), NotImplemented]))
print(int.__module__ is str.__module__, len.__module__ is int.__module__)
