# heapq (a binary heap in a list) and bisect (binary search in a sorted list).
import heapq, bisect

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data); print(data, data[0])
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(heapq.nlargest(3, [3, 1, 4, 1, 5, 9, 2, 6]), heapq.nsmallest(2, [3, 1, 4, 1, 5]))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(1, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge("ace", "bd")))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "think")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(()),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], "a")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9),
      bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 100); print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)
