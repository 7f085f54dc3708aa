# The pure-Python profiler (profile.Profile, on sys.setprofile): with a
# counting timer its report is deterministic, built-ins shown as
# ":0(name)" and the profiler's own pseudo-calls as "profile:0(...)".
import profile, pstats, sys, io

ticks = 0
def timer():
    global ticks
    ticks += 1
    return ticks

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work(k):
    out = []
    for i in range(k):
        out.append(fib(i))
    try:
        int("x")
    except ValueError:
        pass
    return sum(out)

p = profile.Profile(timer)
p.runctx('print(work(5))', globals(), None)
p.print_stats()
s = pstats.Stats(p)
s.sort_stats('stdname').print_callers()
s.print_callees('work')
print(sorted((f[2], v[:2]) for f, v in p.timings.items()))
print(p.cur is None or p.cur[-1] is None, sys.getprofile())

# runctx: the statement is the outermost pseudo-call.
ticks = 0
p = profile.Profile(timer)
p.runctx('fib(4)', {'fib': fib}, {})
pstats.Stats(p).sort_stats('nfl').print_stats('fib|profile')

# A timer returning a pair (user, system) is added up.
pair = [0, 0]
def timer2():
    pair[0] += 1
    pair[1] += 2
    return tuple(pair)
p = profile.Profile(timer2)
print(p.runcall(fib, 3))
s = pstats.Stats(p).strip_dirs().sort_stats('nfl')
s.print_stats(r':\d+\(fib')

# A recursive function left by an exception.
def down(n):
    if n == 0:
        raise KeyError(n)
    down(n - 1)
ticks = 0
p = profile.Profile(timer)
try:
    p.runctx('down(3)', globals(), None)
except KeyError as e:
    print("KeyError", e)
p.print_stats()
print(p.calibrate.__name__, profile.__all__)
try:
    class P(profile.Profile): pass
    P(timer).calibrate(1)
except TypeError as e:
    print(e)
