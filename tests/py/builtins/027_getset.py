# Attributes computed by getset descriptors: functions and exceptions.
def f(a, b=2, *, c=3):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__closure__)
print(type(f.__code__).__name__, f.__globals__ is globals())
f.__name__ = 'g'
print(f.__name__, f.__dict__)
f.__defaults__ = (7,)
print(f(1), f.__defaults__)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
def outer():
    x = 1
    def inner():
        return x
    return inner
print(len(outer().__closure__), outer().__qualname__)
e = ValueError(1, 'two')
print(e.args, e.__traceback__, e.__context__, e.__cause__)
e.args = ('changed',)
print(repr(e), str(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k')
except KeyError as k:
    print(type(k.__context__).__name__, k.__cause__, k.__traceback__ is not None)
try:
    raise RuntimeError('r') from OSError('o')
except RuntimeError as r:
    print(repr(r.__cause__), r.__suppress_context__)
    saved = r
r = saved
try:
    r.__suppress_context__ = 0
except TypeError as e:
    print(e)
r.__suppress_context__ = False
print(r.__suppress_context__)
for attr, value in (('__cause__', 5), ('__context__', 'x')):
    try:
        setattr(r, attr, value)
    except TypeError as e:
        print(e)
try:
    del r.args
except TypeError as e:
    print(e)
print(int.__name__, int.__module__, int.__mro__, bool.__bases__, bool.__base__)
print(type(len).__name__, type(f).__name__)
print(type(f).__dict__['__name__'])
try:
    int.__name__ = 'x'
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
