# The eval loop remembers where an attribute or method was found (inline
# caches keyed by the class's version); every change that CPython honours
# must be honoured after the cache is warm.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x + self.y

def read_x(objs):
    return [o.x for o in objs]

def call_norm(objs):
    return [o.norm() for o in objs]

a, b = P(1, 2), P(3, 4)
print(read_x([a, b] * 3))

# An instance whose attributes were added in another order.
c = P.__new__(P)
c.y = 10
c.x = 20
print(read_x([a, c, b]))

# A data descriptor added to the class afterwards wins over the dict.
P.x = property(lambda self: 'prop')
print(read_x([a, c]))
del P.x
print(read_x([a, c]))

# Deleting and re-adding the attribute.
del a.x
try:
    read_x([a])
except AttributeError as e:
    print(e)
a.x = 7
print(read_x([a, b]))

# Methods: warm, then shadowed by the instance, then replaced on the class.
print(call_norm([a, b, b]))
b.norm = lambda: 'instance'
print(call_norm([a, b]))
del b.norm
P.norm = lambda self: 'replaced'
print(call_norm([a, b]))

# __getattr__ added later does not change found attributes; missing ones use it.
P.__getattr__ = lambda self, name: 'fallback ' + name
print(read_x([a]), a.missing)

# __class__ assignment.
class Q:
    x = 'class attribute of Q'
    def norm(self):
        return 'Q.norm'
d = P(5, 6)
print(read_x([d]), call_norm([d]))
d.__class__ = Q
print(read_x([d]), call_norm([d]))
del d.x
print(read_x([d]))

# A replaced __dict__.
e = P(1, 1)
print(read_x([e]))
e.__dict__ = {'y': 0, 'x': 'new dict'}
print(read_x([e]))

# Stores: replaced in place, through a setter, through __setattr__.
def set_x(objs, v):
    for o in objs:
        o.x = v
f, g = P(0, 0), P(0, 0)
set_x([f, g], 1)
set_x([f, g], 2)
print(f.x, g.x)
P.x = property(lambda self: self.__dict__['x'] * 100, lambda self, v: self.__dict__.__setitem__('x', -v))
set_x([f, g], 3)
print(f.x, g.x, f.__dict__)
del P.x
log = []
P.__setattr__ = lambda self, name, v: log.append((name, v))
set_x([f], 4)
print(f.x, log)
del P.__setattr__
set_x([f], 5)
print(f.x)

# A subclass changed after its base was cached.
class Base:
    def __init__(self):
        self.v = 'base value'
    def m(self):
        return 'Base.m'
class Sub(Base):
    pass
objs = [Sub(), Base()]
print([o.m() for o in objs], [o.v for o in objs])
Base.m = lambda self: 'Base.m replaced'
print([o.m() for o in objs])
Sub.m = lambda self: 'Sub.m'
print([o.m() for o in objs])

# Slots classes keep their own path.
class S:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 'slot'
print(read_x([S(), S()]))

# co_code shows the caches as zeros whatever they hold.
def uses_global():
    return len
uses_global()
print(list(uses_global.__code__.co_code)[4:14])
print(set(read_x.__code__.co_code[2 * i] for i in range(len(read_x.__code__.co_code) // 2)) >= {0})

# __slots__ members read and written through the cache; unset and deleted
# members raise as the descriptor does.
class V:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
vs = [V(1), V(2), V(3)]
print(read_x(vs))
set_x(vs, 'same')
print(read_x(vs))
del vs[1].x
try:
    read_x(vs)
except AttributeError as e:
    print(e)
try:
    print([v.y for v in vs])
except AttributeError as e:
    print(e)
class W(V):
    pass
w = W(9)
w.z = 'dict of W'
print(read_x([vs[0], w, vs[2]]), w.z)
V.x = 'class attribute replaces the member'
print(read_x([V.__new__(V)]))
try:
    set_x([V.__new__(V)], 1)
except AttributeError as e:
    print(e)

# Class attributes read through instances; an instance attribute set later
# shadows them, a class change replaces them.
class K:
    kind = 'class kind'
    def __init__(self):
        self.own = 1
def kinds(objs):
    return [o.kind for o in objs]
ks = [K(), K()]
print(kinds(ks))
ks[1].kind = 'instance kind'
print(kinds(ks))
K.kind = 'new class kind'
print(kinds(ks))
del ks[1].kind
print(kinds(ks))
K.kind = staticmethod(len)
print([f('abc') for f in kinds(ks)])
class IntSub(int):
    kind = 'on the class'
n = IntSub(5)
print(kinds([n, n]))
n.kind = 'in the dict of an int subclass'
print(kinds([n]))
