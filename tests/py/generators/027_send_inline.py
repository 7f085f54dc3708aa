# gen.send(v) called from Python code: the eval loop runs the generator's frame
# on top of the caller's (no C++ call); every way a send can end must
# look as it does through the C++ path.
def averager():
    total = 0; count = 0; avg = 0
    while True:
        x = yield avg
        total += x; count += 1; avg = total // count
co = averager()
print(co.send(None), co.send(10), co.send(20))
def ret():
    x = yield 1
    return x * 2
g = ret(); next(g)
try:
    g.send(21)
except StopIteration as e:
    print('stop', e.value, repr(e))
g = ret()
try:
    g.send(5)
except TypeError as e:
    print(e)
def boom():
    yield 1
    raise ValueError('bad')
g = boom(); next(g)
try:
    g.send(None)
except ValueError as e:
    print('ve', e)
def stopper():
    yield 1
    raise StopIteration('x')
g = stopper(); next(g)
try:
    g.send(None)
except RuntimeError as e:
    print('rt', e, repr(e.__cause__))
def selfsend():
    yield g2.send(None)
g2 = selfsend()
try:
    next(g2)
except ValueError as e:
    print(e)
def none_ret():
    yield 1
g = none_ret(); next(g)
try:
    g.send(None)
except StopIteration as e:
    print(repr(e), e.value)
print(g.send.__qualname__)
import sys
def tb():
    yield 1
    1/0
g = tb(); next(g)
try:
    g.send(3)
except ZeroDivisionError:
    import traceback; traceback.print_exc(file=sys.stdout)
# exception context inside
def ctx():
    try:
        yield sys.exc_info()[0]
    finally:
        pass
try:
    raise KeyError
except KeyError:
    c = ctx(); print(c.send(None))
print(sys.exc_info())
print((lambda: (yield 5))().send(None))
