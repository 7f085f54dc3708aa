# collections' dict subclasses: defaultdict (__missing__), Counter (multiset
# arithmetic), OrderedDict (move_to_end, popitem(last=), ordered ==), ChainMap.
from collections import defaultdict, Counter, OrderedDict, ChainMap

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups, isinstance(groups, dict), groups.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts.get("z"), "z" in counts, counts["z"], "z" in counts)
nd = defaultdict(lambda: defaultdict(int)); nd["a"]["b"] += 1; print(dict(nd["a"]))
plain = defaultdict(None, {1: 2}); print(plain, plain.copy(), type(plain.copy()).__name__)
try:
    plain[5]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(3), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aaz"); c.subtract({"b": 5}); print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
a += Counter(b=-5); print(a)
print(Counter("ab") == Counter("ba"), Counter(a=1) <= Counter(a=2), Counter(), Counter({"k": 0}))
print(Counter(["x", "y", "x"]).most_common(), Counter(cats=4, dogs=8))
del c["nothing"]
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od, list(od), od.keys(), od.values(), od.items())
print(od.popitem(), od.popitem(last=False), od)
od.update(x=9); print(od, list(reversed(od)), list(reversed(od.items())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), isinstance(od, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)

defaults = {"color": "red", "user": "guest"}
given = {"user": "admin"}
cm = ChainMap(given, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), cm)
cm["color"] = "blue"; print(given, defaults, cm.get("nope", 0), "user" in cm)
child = cm.new_child({"user": "root"}); print(child["user"], child.parents, child.maps[0])
del cm["color"]
try:
    del cm["user2"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cm), ChainMap())
