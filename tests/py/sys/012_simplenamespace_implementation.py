# types.SimpleNamespace and sys.implementation.
import sys, types, pickle, copy
impl = sys.implementation
print(type(impl), type(impl) is types.SimpleNamespace, impl.version == sys.version_info,
      impl.hexversion == sys.hexversion)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
ns.self = ns
print(ns)
del ns.self
print(vars(ns), ns.__dict__ is vars(ns))
class Sub(types.SimpleNamespace):
    pass
s = Sub(x=1)
print(s, isinstance(s, types.SimpleNamespace), s == types.SimpleNamespace(x=1))
print(pickle.loads(pickle.dumps(ns)), copy.deepcopy(ns), copy.copy(s))
for call in (lambda: types.SimpleNamespace(1), lambda: ns.missing):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__)
