# Method calls on user classes: a 2-D integer vector class with operator
# methods (__add__, __sub__, __mul__, __eq__, __hash__, __lt__), ordinary
# methods, a classmethod and a staticmethod, used for convex hulls
# (Andrew's monotone chain), polygon areas and a sprite simulation.
# (../shared/bench/oop.py is virtual dispatch through a class hierarchy.)

class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def from_seed(cls, seed):
        return cls(seed % 2001 - 1000, seed // 2001 % 2001 - 1000)

    @staticmethod
    def cross3(o, a, b):
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return self.x < other.x or (self.x == other.x and self.y < other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def cross(self, other):
        return self.x * other.y - self.y * other.x

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def rotated(self):
        return Vec(-self.y, self.x)


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    lower = []
    for p in pts:
        while len(lower) >= 2 and Vec.cross3(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper = []
    for p in reversed(pts):
        while len(upper) >= 2 and Vec.cross3(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def area2(poly):
    s = 0
    n = len(poly)
    for i in range(n):
        s += poly[i].cross(poly[(i + 1) % n])
    return s


class Sprite:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, bound):
        self.pos = self.pos + self.vel
        if abs(self.pos.x) > bound:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if abs(self.pos.y) > bound:
            self.vel = Vec(self.vel.x, -self.vel.y)

    def energy(self):
        return self.vel.dot(self.vel)


seed = 7
results = []
for rep in range(40):
    pts = []
    for i in range(4000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        pts.append(Vec.from_seed(seed))
    hull = convex_hull(pts)
    results.append((len(hull), area2(hull)))
sprites = []
for i in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    v = Vec.from_seed(seed)
    sprites.append(Sprite(v, Vec(v.y % 7 - 3, v.x % 5 - 2)))
acc = 0
for t in range(16000):
    for s in sprites:
        s.step(1000)
    if t % 500 == 0:
        acc += sum(s.energy() + s.pos.norm1() for s in sprites)
center = Vec(0, 0)
for s in sprites:
    center = center + s.pos * 2 - s.pos.rotated().rotated() + (-s.vel)
print("checksum:", len(results), sum(n for n, a in results), sum(a for n, a in results), results[:3], acc, center.x, center.y)
