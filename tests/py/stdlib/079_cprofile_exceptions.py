# Calls left by exceptions: a Python function's 'return' still comes, a
# built-in that raises gives 'c_exception'; generators are called once per
# resumption.  With a counting timer the whole report is CPython's.
import cProfile, pstats

ticks = 0
def timer():
    global ticks
    ticks += 1
    return ticks

def down(n):
    if n == 0:
        return int("x")
    return down(n - 1)

def gen(n):
    for i in range(n):
        yield i

def catch():
    try:
        down(3)
    except ValueError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    return sum(gen(4)), list(gen(2))

p = cProfile.Profile(timer)
print(p.runcall(catch))
p.print_stats()
pstats.Stats(p).sort_stats('stdname').print_callers()
pstats.Stats(p).sort_stats('stdname').print_callees()

# An exception that leaves the profiled call entirely.
p = cProfile.Profile(timer)
try:
    p.runcall(down, 2)
except ValueError as e:
    print("ValueError", e)
p.print_stats()
