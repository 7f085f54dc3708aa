# object.__reduce_ex__ for protocols 2+ (copyreg.__newobj__) and 0/1
# (copyreg._reconstructor), __getstate__ with __slots__, annotations, dir().
import copyreg
class P:
    def __init__(self): self.a = 1; self.b = [2]
p = P()
r = p.__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[1], r[2], r[3], r[4])
q = r[0](*r[1]); q.__dict__.update(r[2]); print(q.a, q.b, type(q).__name__)
r2 = p.__reduce_ex__(1)
print(r2[0] is copyreg._reconstructor, r2[1], r2[2])
print(p.__getstate__(), object().__getstate__() if False else None)
class S:
    __slots__ = ('x',)
    def __init__(self): self.x = 3
print(S().__getstate__())
def f(a: int, b: "str" = 1) -> bool: pass
print(f.__annotations__)
print(dir(P)[:5], len(dir(p)) - len(dir(P)))
