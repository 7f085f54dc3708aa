# BaseException.with_traceback and the __traceback__ setter: a traceback or None,
# TypeError otherwise; raising with another frame's traceback keeps it.
import sys
try:
    raise KeyError("first")
except KeyError as e:
    tb = e.__traceback__
err = ValueError("second").with_traceback(tb)
print(err.__traceback__ is tb, type(err.with_traceback(None)).__name__, err.__traceback__)
for bad in (5, "tb"):
    try:
        ValueError().with_traceback(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        ValueError().__traceback__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    ValueError().with_traceback()
except TypeError as e:
    print("TypeError:", e)
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[2]
try:
    raise RuntimeError("again").with_traceback(f())
except RuntimeError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
print(BaseException.with_traceback.__doc__)
