# pstats: the sort keys (names, unique prefixes, SortKey, the old numbers),
# restrictions, reverse_order, add, get_stats_profile and the errors, on
# statistics made from a counting timer (deterministic in CPython too).
import cProfile, pstats, io
from pstats import SortKey

ticks = 0
def timer():
    global ticks
    ticks += 1
    return ticks

def leaf(n):
    return [n] * n

def middle(n):
    return [leaf(i) for i in range(n)]

def top():
    middle(3)
    middle(5)
    return middle(1)

p = cProfile.Profile(timer)
p.runcall(top)

out = io.StringIO()
s = pstats.Stats(p, stream=out)
print(len(s.stats), s.total_calls, s.prim_calls, s.total_tt, s.files, s.top_level)

# Keys that give no ties on these rows.
for keys in [('stdname',), ('name',), ('nfl',), ('line', 'name'), ('filename', 'line'),
             (SortKey.NFL,), (SortKey.LINE, SortKey.NAME), (-1,), ('std',), ('nf',)]:
    s.sort_stats(*keys)
    print(keys, s.sort_type, [f[2] for f in s.fcn_list])
s.sort_stats('calls', 'name')
print(s.sort_type, [f[2] for f in s.fcn_list])
s.sort_stats('cumulative', 'name')
print(s.sort_type, [f[2] for f in s.fcn_list])
s.sort_stats(SortKey.TIME, SortKey.NAME).reverse_order()
print([f[2] for f in s.fcn_list])
s.sort_stats(SortKey.PCALLS, SortKey.NAME)
print(s.sort_type, [f[2] for f in s.fcn_list])
s.sort_stats(0 + 1)
print(s.sort_type)

defs = s.get_sort_arg_defs()
print(sorted(defs))
print(sorted(pstats.Stats.sort_arg_dict_default))
print([k.value for k in SortKey], SortKey('ncalls'), SortKey('tottime') is SortKey.TIME,
      SortKey.CUMULATIVE == 'cumulative', str(SortKey.FILENAME), repr(SortKey.LINE))

for bad in [('calls', SortKey.NAME), ('c',), ('nosuch',)]:
    try:
        s.sort_stats(*bad)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

# Restrictions, in turn: a regex, a count, a fraction; an invalid regex.
s.sort_stats('name')
for amount in [('leaf|middle',), (2,), (0.5,), ('middle', 1), ('(',), (10,), (1.0,)]:
    out.seek(0); out.truncate()
    s.print_stats(*amount)
    print(amount, [l for l in out.getvalue().splitlines() if 'List reduced' in l or '<Invalid' in l],
          len(out.getvalue().splitlines()))

s.sort_stats()
print(s.fcn_list)
sp = s.sort_stats('nfl').get_stats_profile()
print(sp.total_tt, sorted(sp.func_profiles))
print(sp.func_profiles['leaf'])

# add(): the same statistics twice.
s2 = pstats.Stats(p, stream=out)
total = s.total_calls
s.add(s2)
leaf_key = [f for f in s.stats if f[2] == 'leaf'][0]
print(total, s.total_calls, s.stats[leaf_key][:2], s.strip_dirs().max_name_len)
try:
    pstats.Stats(object())
except TypeError as e:
    print(e.args[0].split(" from ")[0])
print(pstats.func_std_string(('~', 0, '<built-in method x>')), pstats.func_std_string(('~', 0, 'x')),
      pstats.func_std_string(('a/b.py', 3, 'f')), pstats.func_strip_path(('a/b.py', 3, 'f')),
      pstats.f8(1 / 3), pstats.count_calls({1: 2, 3: 4}))
print(pstats.add_callers({'a': (1, 1, 0.5, 0.5)}, {'a': (2, 1, 1.0, 1.0), 'b': (1, 1, 0, 0)}))
print(pstats.add_callers({'a': 1}, {'a': 2, 'b': 3}))
print(pstats.__all__)
