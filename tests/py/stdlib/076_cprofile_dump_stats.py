# dump_stats writes the statistics with marshal; pstats.Stats(filename)
# reads them back (its first line names the file and its time, left out
# here), and Stats.add adds files together.
import cProfile, profile, pstats, io, os, tempfile

ticks = 0
def timer():
    global ticks
    ticks += 1
    return ticks

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "fib.prof")
p = cProfile.Profile(timer)
p.runcall(fib, 6)
p.dump_stats(path)

out = io.StringIO()
s = pstats.Stats(path, stream=out)
print(s.files[0].endswith("    " + path), s.total_calls, s.prim_calls, s.total_tt)
s.strip_dirs().sort_stats('stdname').print_stats()
print(out.getvalue().split("\n", 1)[1].replace(tmp, "<tmp>"))

# Two files added up; a Stats dumped again.
s = pstats.Stats(path, path, stream=out)
print(s.total_calls, len(s.files))
path2 = os.path.join(tmp, "again.prof")
s.dump_stats(path2)
t = pstats.Stats(path2, stream=out)
print(t.total_calls, t.stats == s.stats)

# The same through cProfile.run with a file name: nothing is printed.
cProfile.run('fib(3)', path)
print(sorted(f[2] for f in pstats.Stats(path).stats))

# profile.Profile dumps the same way.
ticks = 0
pp = profile.Profile(timer)
pp.runcall(fib, 4)
pp.dump_stats(path)
print(sorted((f[0], f[2], v[:2]) for f, v in pstats.Stats(path, stream=out).stats.items() if f[0] != 'profile'))
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
