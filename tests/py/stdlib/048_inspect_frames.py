# inspect on frames: currentframe, getframeinfo, stack, trace, getinnerframes,
# generator and coroutine states and locals.
import inspect, sys
def f():
    fr = inspect.currentframe()
    print(inspect.isframe(fr), inspect.getframeinfo(fr))
    for fi in inspect.stack():
        print(fi.function, fi.lineno, fi.code_context, fi.index, fi.positions, fi[1:])
    return g()
def g():
    try:
        1/0
    except ZeroDivisionError:
        for t in inspect.trace():
            print(t.function, t.lineno, t.code_context)
        tb = sys.exc_info()[2]
        print(inspect.getframeinfo(tb))
        print(inspect.getinnerframes(tb, 3)[0][1:])
    return 1
f()
def gen():
    x = 1
    yield x
    y = 2
    yield y
gg = gen()
print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
next(gg); next(gg)
print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
list(gg)
print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
async def co(): pass
c = co()
print(inspect.getcoroutinestate(c)); c.close(); print(inspect.getcoroutinestate(c))
print(inspect.getfile(sys._getframe()), inspect.getlineno(sys._getframe()))
import types
print(types.FrameType, types.TracebackType)
