# _lsprof.Profiler's argument errors, and a timer that fails: its error is
# reported as unraisable (on stderr) and the profiled code goes on.
import _lsprof, cProfile, sys

for args, kwargs in [((1, 2, 3, 4, 5), {}), ((None, 'x'), {}), ((), {'subcalls': 'a'}),
                     ((), {'nosuch': 1}), ((), {'builtins': 1.5})]:
    try:
        _lsprof.Profiler(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
p = _lsprof.Profiler()
for call in [lambda: p.enable(1, 2, 3), lambda: p.enable(subcalls='a'), lambda: p.disable(1),
             lambda: p.getstats(1), lambda: p.clear(1), lambda: p.enable(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(sys.getprofile())
print(_lsprof.Profiler.__module__, _lsprof.Profiler.__name__, _lsprof.__name__, _lsprof.__doc__,
      sorted(n for n in dir(_lsprof) if not n.startswith('__')),
      sorted(n for n in dir(_lsprof.Profiler) if not n.startswith('__')))
print(issubclass(cProfile.Profile, _lsprof.Profiler), cProfile.Profile.__mro__)

class BadTimer:
    def __init__(self, value):
        self.calls = 0
        self.value = value
    def __call__(self):
        self.calls += 1
        if self.calls == 3:
            raise ValueError("timer broke")
        return self.value
    def __repr__(self):
        return "<BadTimer>"

def f():
    return 42

for value, unit in [(1, 0.0), ('s', 0.0), (1.5, 1.0), (2**70, 0.0)]:
    p = _lsprof.Profiler(BadTimer(value), unit)
    p.enable()
    r = f()
    p.disable()
    print(value, r, sorted(e.callcount for e in p.getstats()))
    sys.stdout.flush()
