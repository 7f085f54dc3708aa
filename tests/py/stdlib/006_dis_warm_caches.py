# dis.dis of functions after they ran thousands of times: the eval loop has
# filled the inline caches of LOAD_ATTR, STORE_ATTR, LOAD_METHOD and
# LOAD_GLOBAL with what it learned, yet the listing is the one of cold code,
# with show_caches=True too (CACHE entries read 0, as co_code shows them).
import dis


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class Plain:
    kind = "plain"

    def __init__(self):
        self.b = 2

    def get(self):
        return self.b


def hot(s, p):
    t = s.a + p.b
    p.b = t
    t += p.get() + len(p.kind)
    return t + abs(-t)


listing_before = []
dis.dis(hot, file=type("W", (), {"write": lambda self, x: listing_before.append(x)})())
for _ in range(5000):
    hot(Slotted(), Plain())
dis.dis(hot)
dis.dis(hot, show_caches=True)
dis.dis(Plain.__init__, show_caches=True)
listing_after = []
dis.dis(hot, file=type("W", (), {"write": lambda self, x: listing_after.append(x)})())
print(listing_before == listing_after)
print(hot.__code__.co_code == bytes(hot.__code__.co_code))
print(len([i for i in dis.get_instructions(hot, show_caches=True) if i.opname == "CACHE"]))
