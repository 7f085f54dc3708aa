# pickle: instances of user classes (__reduce__, __getstate__/__setstate__,
# __getnewargs(_ex)__, __slots__, subclasses of built-ins), Pickler and
# Unpickler on files, persistent ids, dispatch tables, reducer_override, frames.
import pickle, io, copyreg

class Plain:
    def __init__(self): self.a = 1; self.b = [1, 2]
    def __eq__(self, o): return type(o) is type(self) and o.__dict__ == self.__dict__

class WithState:
    def __init__(self, v): self.v = v; self.cache = 'tmp'
    def __getstate__(self): return {'v': self.v}
    def __setstate__(self, s): self.v = s['v']; self.cache = 'restored'

class WithArgs:
    def __new__(cls, x):
        o = super().__new__(cls); o.x = x; return o
    def __getnewargs__(self): return (self.x,)

class WithArgsEx:
    def __new__(cls, x, *, y):
        o = super().__new__(cls); o.x = x; o.y = y; return o
    def __getnewargs_ex__(self): return ((self.x,), {'y': self.y})

class Reduced:
    def __init__(self, a, b): self.a = a; self.b = b
    def __reduce__(self): return (Reduced, (self.a, self.b))

class ReducedState:
    def __reduce__(self): return (ReducedState, (), {'k': 1}, iter([]), None)

class Slotted:
    __slots__ = ('p', 'q')
    def __init__(self): self.p = 1; self.q = 2
    def __getstate__(self): return (None, {'p': self.p, 'q': self.q})

class SlotsAndDict:
    __slots__ = ('s', '__dict__')

class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
class MyStr(str): pass
class MyTuple(tuple): pass

class Outer:
    class Inner:
        pass

def reduce_global(self): return 'GLOBAL_NAME'
class ByName:
    __reduce__ = reduce_global
GLOBAL_NAME = ByName()

sd = SlotsAndDict(); sd.s = 5; sd.extra = 6
ml = MyList([1, 2]); ml.tag = 'x'
md = MyDict(a=1)
objs = [Plain(), WithState(3), WithArgs(4), WithArgsEx(5, y=6), Reduced(1, 'b'), ReducedState(), Slotted(), sd,
        ml, md, MyInt(7), MyStr('s'), MyTuple((1, 2)), Outer.Inner, Outer.Inner(), GLOBAL_NAME, Outer]
for proto in range(6):
    for o in objs:
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, type(o).__name__, 'dump error', type(e).__name__, e)
            continue
        print(proto, type(o).__name__, data)
        try:
            back = pickle.loads(data)
        except Exception as e:
            print('   load error', type(e).__name__, e)
            continue
        print('   ', type(back).__name__, sorted(getattr(back, '__dict__', {}).items()) if not isinstance(back, type) else back.__qualname__,
              [getattr(back, s, None) for s in ('p', 'q', 's', 'v', 'cache', 'x', 'y', 'a', 'b', 'k')], back if isinstance(back, (list, dict, int, str, tuple)) else '')

# Pickler/Unpickler with a file, persistent ids, dispatch tables
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump([1, 'a'])
p.dump({'b': 2})
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError', e)

class PP(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None
class PU(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:' + pid
for proto in (0, 1, 2, 4):
    b = io.BytesIO()
    PP(b, proto).dump(['ext:one', 'two', ('ext:three',)])
    print(proto, b.getvalue())
    b.seek(0)
    print(PU(b).load())

class DP(pickle.Pickler):
    dispatch_table = {Plain: lambda o: (dict, (o.__dict__,))}
b = io.BytesIO(); DP(b).dump(Plain()); print(b.getvalue(), pickle.loads(b.getvalue()))

class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Reduced): return (tuple, ((obj.a, obj.b),))
        return NotImplemented
b = io.BytesIO(); RO(b, 4).dump([Reduced(1, 2), 5]); print(b.getvalue(), pickle.loads(b.getvalue()))

copyreg.pickle(WithState, lambda o: (WithState, (o.v * 10,)))
print(pickle.dumps(WithState(2)), pickle.loads(pickle.dumps(WithState(2))).v)
del copyreg.dispatch_table[WithState]

# big data and frames
big = list(range(30000))
d = pickle.dumps(big)
print(len(d), d[:30], d[-30:], [i for i in range(len(d)) if d[i:i+1] == b'\x95'][:10])
d = pickle.dumps(['a' * 70000, b'b' * 70000, 'c'])
print(len(d), d[:40], d[70040:70080], d[-40:])
d = pickle.dumps([b'x' * 65535, 1])
print(len(d), d[:20], d[-20:])
print(pickle.loads(pickle.dumps(big)) == big)
print(pickle.loads(pickle.dumps([bytearray(b'z' * 70000)], 5))[0][:3])
