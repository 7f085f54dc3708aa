# inspect.signature for many parameter shapes and callables, with str()
# and repr() as CPython renders them.
import functools
import inspect


def f0(): pass
def f1(a, b, c): pass
def f2(a, b=1, *args, c, d=2, **kwargs): pass
def f3(a, /, b, *, c): pass
def f4(a, b=2, /): pass
def f5(*, only): pass
def f6(x: int, y: "str" = "hi", *z: float, **w: dict) -> bool: pass
def f7(a=None, b=[1, 2], c={"k": (1,)}, d=len): pass
def f8(*args): pass
def f9(**kwargs): pass
def f10(a: list[int], b: dict[str, int] = None) -> tuple[int, ...]: pass


for f in (f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
    sig = inspect.signature(f)
    print(f.__name__, sig)

print(repr(inspect.signature(f2)).startswith("<Signature (a, b=1"))
sig = inspect.signature(f2)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, repr(p))
print(str(inspect.Parameter.KEYWORD_ONLY), int(inspect.Parameter.VAR_KEYWORD))
print(sig.return_annotation is inspect.Signature.empty)
print(inspect.signature(f6).return_annotation)


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        pass

    def __call__(self, scale):
        pass

    @classmethod
    def origin(cls, dim=2):
        pass

    @staticmethod
    def helper(a, b):
        pass


class WithNew:
    def __new__(cls, value, *, check=True):
        return super().__new__(cls)


class Plain:
    pass


class Child(Point):
    pass


print(inspect.signature(Point))
print(inspect.signature(Point.move))
print(inspect.signature(Point(1).move))
print(inspect.signature(Point(1)))
print(inspect.signature(Point.origin))
print(inspect.signature(Point.helper))
print(inspect.signature(WithNew))
print(inspect.signature(Plain))
print(inspect.signature(Child))

p = functools.partial(f1, 1)
print(inspect.signature(p))
p = functools.partial(f2, 1, 2, 3)
print(inspect.signature(p))
p = functools.partial(f1, b=5)
print(inspect.signature(p))


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b=3):
    pass


print(inspect.signature(wrapped))
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(lambda x, *y, z=1: None))

sig = inspect.signature(f2)
b = sig.bind(1, 2, 3, c=4, e=5)
print(b.arguments)
b = sig.bind_partial(1)
b.apply_defaults()
print(b.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)

try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)

new = sig.replace(return_annotation=int)
print(new)
print(inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY, default=3))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD),
                         inspect.Parameter("k", inspect.Parameter.KEYWORD_ONLY, annotation=int)]))
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY),
                       inspect.Parameter("b", inspect.Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
print(sig == inspect.signature(f2), sig == inspect.signature(f3))
