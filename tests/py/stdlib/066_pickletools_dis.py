# pickletools: dis() and genops() of the pickles of every protocol, as CPython prints them.
import pickle, pickletools, io, datetime, collections
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return "Point()"
rec = [1]; rec.append(rec)
objs = [None, [1, 'a'], {'k': (1, 2.5, b'xy')}, Point(1, 2), rec, {1, 2}, frozenset({3}), 2**70, -5, 'é\n\\',
        (1,), [True, False], bytearray(b'q'), datetime.date(2020, 1, 2), collections.OrderedDict(a=1), len, ..., 1+2j]
for o in objs:
    for proto in range(6):
        print('--', proto, repr(o)[:40])
        pickletools.dis(pickle.dumps(o, proto))
pickletools.dis(pickle.dumps([1, 2, {'a': 'b'}], 2), annotate=30)
pickletools.dis(pickle.dumps([1, (2, 3)], 0), indentlevel=2)
out = io.StringIO()
pickletools.dis(io.BytesIO(pickle.dumps('x')), out=out)
print(out.getvalue())
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps([1, 'a']))])
for bad in [b'', b'\xff', b'N', b'(.', b'a.', b'h\x00.', b'NN.', b'Nq\x00q\x00.']:
    try:
        pickletools.dis(bad)
    except ValueError as e:
        print('ValueError', e)
print(len(pickletools.opcodes), pickletools.opcodes[0].name, pickletools.opcodes[-1].name)
