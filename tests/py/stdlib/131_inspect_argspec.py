# inspect's tuple-shaped argument views, getcallargs' call-like errors,
# closures, static attribute lookup and annotations.
import inspect


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    return "x"


print(inspect.getfullargspec(f))
print(inspect.getfullargspec(len))
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print(e)
print(inspect.getargs(f.__code__))
print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=5, z=6))


def g(x, y, z=0, *, k):
    pass


for args, kwargs in [((), {}), ((1,), {"k": 1}), ((1, 2, 3, 4), {"k": 1}), ((1, 2), {}),
                     ((1, 2), {"x": 5, "k": 1}), ((1, 2), {"q": 1, "k": 1})]:
    try:
        print(inspect.getcallargs(g, *args, **kwargs))
    except TypeError as e:
        print(e)


class A:
    x = 3

    def m(self, v=1):
        pass

    @property
    def p(self):
        raise RuntimeError("never run")


print(inspect.getcallargs(A().m) == {"self": inspect.getcallargs(A().m)["self"], "v": 1})

counter = 10


def outer():
    step = 2

    def inner():
        return counter + step + len([]) + missing_name

    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, cv.builtins, cv.unbound)
print(type(inspect.getattr_static(A(), "p")).__name__, inspect.getattr_static(A, "x"),
      inspect.getattr_static(A(), "zz", "default"))
try:
    inspect.getattr_static(A(), "zz")
except AttributeError as e:
    print("AttributeError", e)
print([name for name, value in inspect.getmembers_static(A) if not name.startswith("_")])


def frame_args(a, b=2, *rest, **named):
    return inspect.getargvalues(inspect.currentframe())


info = frame_args(1, 3, 4, k=5)
print(info.args, info.varargs, info.keywords)
print(inspect.formatargvalues(*info))


def ann(a: int, b: "list[str]") -> "str":
    pass


print(inspect.get_annotations(ann))
print(inspect.get_annotations(ann, eval_str=True))
print(inspect.get_annotations(A), inspect.get_annotations(inspect))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print(e)
print(inspect.getmodulename("/a/b/foo.py"), inspect.getmodulename("x.txt"),
      inspect.getmodulename("bar.cpython-311-x86_64-linux-gnu.so"))
try:
    inspect.signature(lambda a, /: 0).bind(a=1)
except TypeError as e:
    print(e)
sig = inspect.signature(f)
print(sig.bind(1, c=3) == sig.bind(1, c=3), sig.bind(1, c=3) == sig.bind(2, c=3))
print(inspect.Attribute._fields, inspect.ArgInfo._fields, inspect.ClosureVars._fields)


async def co():
    pass


coro = co()
print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro), inspect.getcoroutinelocals(3))
coro.close()
