import gc
t = (1, 'a', 2.5)
u = (1, [])
n = (tuple([1, 2]), (3,))
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(n))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(n))
d = {'a': 1}
print(gc.is_tracked(d))
d['b'] = []
print(gc.is_tracked(d))
class A: pass
a = A(); a.x = 1
print(gc.is_tracked(a), gc.is_tracked(a.__dict__))
b = A(); b.y = []
print(gc.is_tracked(b.__dict__))
print(gc.get_referents(a), [type(r).__name__ for r in gc.get_referents(b)])
def f():
    pass
print(gc.is_tracked(f), gc.is_tracked(1), gc.is_tracked(None))  # classes: CPython True, glasspy not yet
