# The eval loop's inline fast paths (list/tuple indexing, list item
# stores, unpacking exact tuples and lists, number comparisons fused with the
# jump after them) must agree with the generic paths, errors included.
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
try:
    a, b = Count()
except ValueError as e:
    print(e)
x = [1, 2, 3]
print(x[-1], x[2], x[-3], (1, 2)[1])
try:
    x[3]
except IndexError as e:
    print(e)
try:
    x[-4] = 1
except IndexError as e:
    print(e)
x[-1] = 9; print(x)
nan = float('nan')
for op in ['<', '<=', '==', '!=', '>', '>=']:
    print(op, eval(f'nan {op} nan'), eval(f'1.0 {op} 2.0'), eval(f'3 {op} 2'))
    if eval(f'1 {op} 2'): print('t')
def f(a, b):
    if a < b: return 1
    if a > b: return 2
    if a != b: return 3
    return 4
print(f(1, 2), f(2.0, 1.0), f(nan, nan), f(1, 1), f(1, 2.0), f('a', 'b'))
a, b = [1, 2]; print(a, b)
a, b = (3, 4); print(a, b)
try:
    a, b = (1, 2, 3)
except ValueError as e: print(e)
try:
    a, b = [1]
except ValueError as e: print(e)
