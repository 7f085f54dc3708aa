# copy and deepcopy of sets, weak references, code and bound methods; set.__reduce__, method.__reduce__.
import copy, weakref, pickle
print(copy.copy(frozenset({1})), copy.deepcopy(frozenset({1, (2, 3)})), copy.copy({1, 2}), copy.deepcopy({4}))
class A: pass
a = A(); r = weakref.ref(a)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.dispatch_table is __import__('copyreg').dispatch_table)
class S(set): pass
s = S([1]); s.x = 2
print(s.__reduce__(), frozenset([1]).__reduce__(), {2}.__reduce__())
t = copy.deepcopy(s); print(type(t).__name__, t, t.x)
print(pickle.loads(pickle.dumps(s)).x, pickle.loads(pickle.dumps(frozenset([5]))))
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(f.__code__) is f.__code__)
class M:
    def m(self): return self.v
mm = M(); mm.v = [1]
bm = copy.deepcopy(mm.m); print(bm(), bm.__self__ is mm)
print(pickle.loads(pickle.dumps(mm.m))(), copy.copy(mm.m)() is mm.v)
