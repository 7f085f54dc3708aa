import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('del', self.name)
gc.collect()
a = Node('a'); b = Node('b')
a.other = b; b.other = a
del a, b
print('collect ->', gc.collect())

print(gc.get_threshold(), gc.isenabled())
l = []; l.append(l)
del l
print('list cycle ->', gc.collect())
d = {}; d['self'] = d
del d
print('dict cycle ->', gc.collect())
print(gc.collect())
gc.disable(); print(gc.isenabled()); gc.enable()
x = []
print(gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked('s'))
print(gc.get_referents([1, 'a', x]) == [1, 'a', x])
y = [x]
print(any(r is y for r in gc.get_referrers(x)))
class R:
    pass
r = R(); r.me = r
del r
print('instance self cycle ->', gc.collect())
def make():
    def inner():
        return inner
    return inner
f = make(); del f
print('closure ->', gc.collect())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.DEBUG_STATS, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.garbage, gc.callbacks)
def cb(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(cb)
gc.collect(0)
gc.callbacks.remove(cb)
gc.set_debug(gc.DEBUG_SAVEALL)
z = []; z.append(z); del z
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
class Lazarus:
    saved = None
    def __del__(self):
        print('resurrecting')
        Lazarus.saved = self
q = Lazarus(); q.me = q
del q
print('resurrect ->', gc.collect(), Lazarus.saved is not None, gc.is_finalized(Lazarus.saved))
Lazarus.saved.me = None
Lazarus.saved = None
print(gc.collect())
