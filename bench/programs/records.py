# Dict-heavy work on records: a table of employee dicts grouped into a dict
# of dicts of lists, aggregated with setdefault/get, merged with update,
# inverted with dict comprehensions; then a sparse Game of Life on a dict
# keyed by (x, y) tuples.  (../shared/bench/dicts.py is word counting.)

DEPTS = ["eng", "ops", "sales", "legal", "hr", "research"]
CITIES = ["Paris", "Lyon", "Oslo", "Lima", "Kyiv", "Pune", "Kobe"]

def make_people(n, seed):
    people = []
    s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        people.append({
            "id": i,
            "name": "p%05d" % i,
            "dept": DEPTS[s % 6],
            "city": CITIES[(s >> 4) % 7],
            "salary": 30000 + (s >> 8) % 70000,
            "age": 20 + (s >> 3) % 45,
        })
    return people

def group(people):
    by = {}
    for p in people:
        dept = by.setdefault(p["dept"], {})
        dept.setdefault(p["city"], []).append(p)
    return by

def aggregate(by):
    stats = {}
    for dept, cities in by.items():
        for city, members in cities.items():
            key = (dept, city)
            st = stats.get(key)
            if st is None:
                st = {"n": 0, "pay": 0, "oldest": 0}
                stats[key] = st
            for p in members:
                st["n"] += 1
                st["pay"] += p["salary"]
                if p["age"] > st["oldest"]:
                    st["oldest"] = p["age"]
    return stats

def raises(people, pct):
    updated = {}
    for p in people:
        if p["age"] % 5 == 0:
            q = dict(p)
            q.update({"salary": p["salary"] * (100 + pct) // 100, "raised": True})
            updated[q["id"]] = q
    return updated

def life(cells, steps):
    for _ in range(steps):
        counts = {}
        for (x, y) in cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        k = (x + dx, y + dy)
                        counts[k] = counts.get(k, 0) + 1
        new = {}
        for k, c in counts.items():
            if c == 3 or (c == 2 and k in cells):
                new[k] = True
        cells = new
    return cells

people = make_people(200000, 2024)
by = group(people)
stats = aggregate(by)
top = sorted(stats.items(), key=lambda kv: (-kv[1]["pay"], kv[0]))[:3]
upd = raises(people, 7)
index = {p["name"]: p["id"] for p in people}
inverse = {v: k for k, v in index.items()}
merged = {}
for p in people:
    merged[p["id"]] = upd.get(p["id"], p)
payroll = sum(p["salary"] for p in merged.values())
removed = 0
for k in list(index):
    if index[k] % 3 == 0:
        del index[k]
        removed += 1
ages = {}
for p in people:
    ages[p["age"]] = ages.get(p["age"], 0) + 1
oldest_age = max(ages)
# an R-pentomino plus a glider
cells = {(1, 0): True, (2, 0): True, (0, 1): True, (1, 1): True, (1, 2): True,
         (20, 20): True, (21, 21): True, (19, 22): True, (20, 22): True, (21, 22): True}
cells = life(cells, 1000)
print("checksum:", len(by), len(stats), [(k, v["n"], v["pay"]) for k, v in top],
      len(upd), payroll, len(index), removed, inverse[42424], oldest_age, ages[oldest_age],
      len(cells), sum(x * 31 + y for (x, y) in cells))
