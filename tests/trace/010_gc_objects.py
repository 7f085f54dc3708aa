# What a collection does to each object: the two Nodes of a cycle are found
# unreachable, the weakref to one is called back before any finalizer, both
# __del__ run; a Phoenix's __del__ saves it (resurrected, not freed); a
# suspended generator in a cycle is closed, so its finally runs.
import gc
gc.disable()
import weakref

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


a = Node('a')
b = Node('b')
a.other = b
b.other = a
r = weakref.ref(a, lambda ref: print('callback, referent now', ref()))
del a, b
print('collected', gc.collect())

saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


p = Phoenix()
p.me = p
del p
print('collected', gc.collect(), 'saved', len(saved))


def gen(box):
    try:
        yield 1
    finally:
        print('finally')


box = []
g = gen(box)
next(g)
box.append(g)
del g, box
print('collected', gc.collect())
