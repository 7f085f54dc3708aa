# Attribute access: instance attributes read and written in loops, class
# attributes, attributes found up an inheritance chain, properties with
# setters, getattr/setattr/hasattr with computed names, __getattr__
# fallback, __slots__ instances, module globals and bound-method lookups.

SCALE = 3

class Base:
    kind = "base"
    limit = 1000

    def __init__(self):
        self.a = 0
        self.b = 1

class Mid(Base):
    factor = 2

class Leaf(Mid):
    def __init__(self):
        Base.__init__(self)
        self.c = 2
        self._temp = 20

    @property
    def temp(self):
        return self._temp

    @temp.setter
    def temp(self, value):
        self._temp = value if value < self.limit else value % self.limit

    @property
    def total(self):
        return self.a + self.b + self.c

class Lazy:
    def __init__(self):
        self.hits = 0

    def __getattr__(self, name):
        # only called for attributes that are missing
        self.hits += 1
        return len(name)

class Slot:
    __slots__ = ("p", "q", "r")

    def __init__(self, p, q, r):
        self.p = p
        self.q = q
        self.r = r

def instance_attrs(n):
    o = Leaf()
    for i in range(n):
        o.a = o.b + i % 7
        o.b = o.c + o.a % 11
        o.c = (o.a + o.b) % 1000
    return o.a + o.b + o.c

def class_attrs(n):
    o = Leaf()
    acc = 0
    for i in range(n):
        acc += o.factor + o.limit % 7 + len(o.kind) + Leaf.factor + SCALE
    return acc

def properties(n):
    o = Leaf()
    acc = 0
    for i in range(n):
        o.temp = o.temp + i
        acc += o.total + o.temp
    return acc

def dynamic(n):
    names = ["alpha", "beta", "gamma", "delta"]
    o = Leaf()
    lazy = Lazy()
    acc = 0
    for i in range(n):
        name = names[i % 4]
        setattr(o, name, i)
        acc += getattr(o, name) + getattr(o, "missing", 1)
        if hasattr(o, "gamma"):
            acc += 1
        acc += lazy.unknown + getattr(lazy, name)
    return acc + lazy.hits + len(o.__dict__)

def slots(n):
    objs = [Slot(i, i * 2, i * 3) for i in range(100)]
    acc = 0
    for i in range(n):
        s = objs[i % 100]
        s.p, s.q = s.q % 1000, s.p + s.r % 10
        acc += s.p + s.q
    return acc

def bound_methods(n):
    out = []
    push = out.append
    acc = 0
    for i in range(n):
        push(i)
        if len(out) > 50:
            acc += out.pop(0)
    return acc

r = (instance_attrs(800000), class_attrs(500000), properties(500000),
     dynamic(250000), slots(600000), bound_methods(600000))
print("checksum:", r)
