import weakref, gc, sys
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Obj({self.name})'
a = Obj('a')
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), type(r))
print(r == weakref.ref(a), hash(r) == hash(a))
def gone(ref):
    print('gone, ref() is', ref())
r2 = weakref.ref(a, gone)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print('after del:', r(), r2())
cache = weakref.WeakValueDictionary()
x, y = Obj('x'), Obj('y')
cache['x'] = x; cache['y'] = y
print(sorted(cache.keys()), len(cache), 'x' in cache)
del x
print(sorted(cache.keys()), len(cache), 'x' in cache, cache.get('x'))
try:
    cache['x']
except KeyError as e:
    print('KeyError', e)
meta = weakref.WeakKeyDictionary()
k1, k2 = Obj('k1'), Obj('k2')
meta[k1] = 1; meta[k2] = 2
print(len(meta), meta[k1], k2 in meta)
del k2
print(len(meta), list(meta.values()))
s = weakref.WeakSet()
p, q = Obj('p'), Obj('q')
s.add(p); s.add(q)
print(len(s), p in s)
del p
print(len(s), list(s))
# cycles: weakref callback when the cycle is collected
c = Obj('c'); c.self = c
rc = weakref.ref(c, lambda ref: print('cycle collected callback'))
del c
print('collect:', gc.collect(), rc())
f_obj = Obj('f')
f = weakref.finalize(f_obj, print, 'finalizer ran', 42)
print(f.alive)
del f_obj
print(f.alive)
g_obj = Obj('g')
g = weakref.finalize(g_obj, print, 'at exit')
pr = weakref.proxy(Obj('tmp'))
try:
    pr.name
except ReferenceError as e:
    print('ReferenceError:', e)
b = Obj('b')
pb = weakref.proxy(b)
print(pb.name)
for bad in ([], {}, 1, 'str'):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
print('end')
