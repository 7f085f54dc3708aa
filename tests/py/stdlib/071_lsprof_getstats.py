# _lsprof.Profiler.getstats(): one profiler_entry per function, the built-ins
# named as CPython names them, recursion counted apart, and sub-entries per
# callee.
import _lsprof, sys, time

def key(code):
    return code if isinstance(code, str) else code.co_name

def dump(p):
    for e in sorted(p.getstats(), key=lambda e: key(e.code)):
        calls = None if e.calls is None else sorted((key(s.code), s.callcount, s.reccallcount) for s in e.calls)
        print(key(e.code), e.callcount, e.reccallcount, type(e.totaltime).__name__,
              e.totaltime >= e.inlinetime >= 0, calls)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def builtins_used():
    l = []
    l.append(1)
    list.append(l, 2)
    len(l); sorted(l); isinstance(l, list); max(l)
    ",".join(["a", "b"])
    {}.get(1)
    dict.fromkeys("ab")
    time.perf_counter()
    sys.getrecursionlimit()
    try:
        int("x")
    except ValueError:
        pass
    return fact(5)

p = _lsprof.Profiler()
p.enable()
builtins_used()
p.disable()
dump(p)
e = p.getstats()[0]
print(type(e).__name__, len(e), e._fields if hasattr(e, "_fields") else "no _fields",
      e.n_fields, e.n_sequence_fields)
print(type(e).__module__, type(e).__qualname__, _lsprof.profiler_subentry.n_fields)

print("-- without builtins, without subcalls")
p = _lsprof.Profiler(builtins=False, subcalls=False)
p.enable()
builtins_used()
p.disable()
dump(p)

print("-- enable() keeps the flags it is not given; clear()")
p.enable(builtins=True)
len([])
p.disable()
dump(p)
p.clear()
print(p.getstats())

print("-- a generator is called once per resumption")
def gen():
    yield 1
    yield 2
p = _lsprof.Profiler()
p.enable()
list(gen())
p.disable()
dump(p)

print("-- while enabled, the profiler is sys.getprofile()")
p = _lsprof.Profiler()
p.enable()
print(sys.getprofile() is p)
p.disable()
print(sys.getprofile())
