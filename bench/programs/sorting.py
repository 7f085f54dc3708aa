# List operations: hand-written merge sort (slicing and append), quicksort
# (comprehensions), insertion sort, a binary heap, binary search, sorted()
# with keys and stability, slice assignment and deletion, zip/enumerate/
# reversed, transposition and flattening.  (../shared/bench/lists.py is
# append/pop/insert and built-in sorting on big lists.)

def lcg(n, seed, mod):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s % mod)
    return out

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return (quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick_sort([x for x in a if x > pivot]))

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def heap_push(h, x):
    h.append(x)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p

def heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top = h[0]
    h[0] = last
    i = 0
    n = len(h)
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and h[c + 1] < h[c]:
            c += 1
        if h[i] <= h[c]:
            break
        h[i], h[c] = h[c], h[i]
        i = c
    return top

def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = lcg(100000, 3, 1000000)
ms = merge_sort(data)
qs = quick_sort(data)
small = [insertion_sort(data[i:i + 60]) for i in range(0, 30000, 60)]
h = []
for x in data[:80000]:
    heap_push(h, x)
hs = [heap_pop(h) for _ in range(80000)]
found = 0
for x in lcg(60000, 5, 1000000):
    i = bsearch(ms, x)
    if i < len(ms) and ms[i] == x:
        found += 1
recs = [(x % 10, x % 7, i) for i, x in enumerate(data[:60000])]
by2 = sorted(recs, key=lambda r: r[1])
by12 = sorted(by2, key=lambda r: r[0])
stable = all(by12[k][0] < by12[k + 1][0] or (by12[k][0] == by12[k + 1][0] and
             (by12[k][1], by12[k][2]) < (by12[k + 1][1], by12[k + 1][2]))
             for k in range(len(by12) - 1))
work = list(range(1000))
for k in range(900):
    work[k:k + 3] = [k, -k]
    del work[-2:]
    work[::50] = work[::50][::-1]
    work.insert(k % 17, k)
grid = [data[r * 300:(r + 1) * 300] for r in range(300)]
t = [list(col) for col in zip(*grid)]
flat = [x for row in t for x in row]
pairs = sum(a * b % 97 for a, b in zip(flat, reversed(flat)))
print("checksum:", ms == qs == sorted(data), ms[::12500], hs == ms[:0] + sorted(data[:80000]),
      sum(s[0] + s[-1] for s in small), found, stable, by12[100], sum(work), len(work),
      work[:8], pairs, max(flat), min(flat, key=lambda v: (v % 1000, v)))
