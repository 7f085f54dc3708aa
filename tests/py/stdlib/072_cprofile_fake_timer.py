# With a timer that counts its own calls, cProfile's times are exact and
# CPython's report is deterministic: every column of print_stats,
# print_callers and print_callees can be compared.
import cProfile, pstats

ticks = 0
def timer():
    global ticks
    ticks += 1
    return ticks

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    out = []
    for i in range(6):
        out.append(fib(i))
    out.sort()
    return len(out), sorted(out), max(out)

p = cProfile.Profile(timer)
print(p.runcall(work))
p.print_stats()

# Rows that tie on the sort key come in an order that depends on CPython's
# addresses: a restriction keeps only rows without ties.
s = pstats.Stats(p)
s.sort_stats('cumulative').print_stats('fib|work')
s.sort_stats(pstats.SortKey.TIME).print_stats(2)
s.sort_stats('stdname').print_stats(0.5)
s.print_callers()
s.print_callees()
s.print_callers('fib')
s.strip_dirs().sort_stats(-1).print_callees('work')

# An int timer with a time unit: the counts are scaled by the unit.
ticks = 0
p = cProfile.Profile(timer, 0.5)
p.enable()
fib(4)
p.disable()
p.print_stats()

# The context manager form and a float timer.
clock = 0.0
def ftimer():
    global clock
    clock += 0.25
    return clock
with cProfile.Profile(ftimer) as p:
    fib(3)
p.print_stats()
