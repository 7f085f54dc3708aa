# The built-in iterators' types (str_ascii_iterator, bytes_iterator...)
# and __length_hint__ (PEP 424), which operator.length_hint reads.
import operator


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError

    def __len__(self):
        return 3


for make in (lambda: iter([1, 2]), lambda: iter((1, 2)), lambda: iter(range(5)), lambda: iter('abc'),
             lambda: iter('héllo'), lambda: iter({1: 2}), lambda: iter({1, 2}), lambda: reversed([1, 2, 3]),
             lambda: iter(b'ab'), lambda: iter(bytearray(b'x')), lambda: iter({1: 2}.values()),
             lambda: iter({1: 2}.items()), lambda: iter(Seq()), lambda: reversed(Seq())):
    it = make()
    before = operator.length_hint(it)
    first = next(it)
    print(type(it).__name__, before, first, it.__length_hint__(), list(it), it.__length_hint__())
d = {1: 2, 3: 4}
it = iter(d)
d[5] = 6
print('dict changed size:', it.__length_hint__())
s = {1, 2}
it = iter(s)
s.add(3)
print('set changed size:', it.__length_hint__())
ba = bytearray(b'abc')
out = []
for b in ba:
    out.append(b)
    if len(ba) < 5:
        ba.append(100)
print(out)
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(it.__length_hint__(), list(it))
print(operator.length_hint(object(), 7), list(iter('中文')), [c for c in 'ab\x00'])
