// The cycle collector (gc/collector.cpp) seen from Python, as the tutorials
// show it: which cycles gc.collect() finds and how many objects it reports,
// how survivors age through the generations, when the allocation count
// starts a collection, and what happens to finalizers, resurrected objects,
// weak references, gc.garbage, gc.callbacks and frozen objects.
//
// Every expected text is CPython 3.11.2's: the snippet saved as a file and
// run by /usr/bin/python3 with `print(repr(result))` appended prints it
// (tests/tools/unit_snippets_check.py does exactly that, and a ctest runs
// it).  The comments say which objects CPython counts.  Each snippet starts with
// gc.collect(), so what earlier tests left behind is not counted.
#include <catch2/catch.hpp>

#include "tests/unit/run_python.hpp"

using glasspy::testing::run_python;

// ---- a cycle of each kind of container -------------------------------------------------------

TEST_CASE("collector: a list, a dict, a tuple in a cycle", "[gc][collector]") {
    // CPython: 1 (the list refers to itself).
    CHECK(run_python(R"py(
import gc
gc.collect()
l = []
l.append(l)
del l
result = gc.collect()
)py") == R"(1)");
    // CPython: 1 (the dict).
    CHECK(run_python(R"py(
import gc
gc.collect()
d = {}
d['me'] = d
del d
result = gc.collect()
)py") == R"(1)");
    // CPython: 2 (the list and the tuple).
    CHECK(run_python(R"py(
import gc
gc.collect()
l = []
t = (l, 1)
l.append(t)
del l, t
result = gc.collect()
)py") == R"(2)");
}

TEST_CASE("collector: a set and an instance", "[gc][collector]") {
    // CPython: 2 (the instance, whose attributes live inline without a
    // dict object, and the set).
    CHECK(run_python(R"py(
import gc
class A:
    pass
gc.collect()
a = A()
s = {a}
a.s = s
del a, s
result = gc.collect()
)py") == R"(2)");
}

TEST_CASE("collector: instances with a __dict__ and with __slots__", "[gc][collector]") {
    // CPython: 2 for two instances whose attributes are inline; 3 once one
    // of them was asked for its __dict__ (the dict is an object then).
    CHECK(run_python(R"py(
import gc
class A:
    pass
gc.collect()
a = A(); b = A()
a.b = b; b.a = a
del a, b
plain = gc.collect()
a = A(); b = A()
a.b = b; b.a = a
a.__dict__
del a, b
with_dict = gc.collect()
result = (plain, with_dict)
)py") == R"((2, 3))");
    // CPython: 2 (the two instances); an instance with __slots__ is tracked.
    CHECK(run_python(R"py(
import gc
class S:
    __slots__ = ('other', 'x')
gc.collect()
a = S(); b = S()
a.other = b; b.other = a
del a, b
result = (gc.collect(), gc.is_tracked(S()))
)py") == R"((2, True))");
}

TEST_CASE("collector: an instance a built-in base made has a dict object", "[gc][collector]") {
    // CPython: 1 for an instance object.__new__ made (its attributes are
    // inline), 2 for a list subclass's or an int subclass's instance,
    // which list.__new__ and int.__new__ make without inline values: its
    // first attribute makes a dict.
    CHECK(run_python(R"py(
import gc
class A: pass
class L(list): pass
class I(int): pass
def found(make):
    gc.collect()
    x = make()
    x.attr = x
    del x
    return gc.collect()
result = (found(A), found(L), found(lambda: I(5)))
)py") == R"((1, 2, 2))");
}

TEST_CASE("collector: a closure cell and a bound method", "[gc][collector]") {
    // CPython: 3 (the function inner, its __closure__ tuple, and the cell
    // that holds inner).
    CHECK(run_python(R"py(
import gc
def outer():
    def inner():
        return inner
    return inner
gc.collect()
f = outer()
del f
result = gc.collect()
)py") == R"(3)");
    // CPython: 2 (the instance and the bound method it stores).
    CHECK(run_python(R"py(
import gc
class A:
    def m(self):
        pass
gc.collect()
a = A()
a.bound = a.m
del a
result = gc.collect()
)py") == R"(2)");
}

TEST_CASE("collector: a suspended generator that holds itself", "[gc][collector]") {
    // CPython: 0 and 0.  The generator is found unreachable, but its
    // finalizer (close()) clears its frame, which drops the local `me`:
    // the generator is freed by reference counting before the count is
    // taken.  The same with its frame object made (gi_frame).
    CHECK(run_python(R"py(
import gc, weakref
def gen():
    me = yield 1
    yield me
gc.collect()
g = gen()
next(g)
g.send(g)
r = weakref.ref(g)
del g
suspended = gc.collect()
freed = r() is None
g = gen()
next(g)
g.gi_frame
g.send(g)
del g
with_frame = gc.collect()
result = (suspended, freed, with_frame)
)py") == R"((0, True, 0))");
}

TEST_CASE("collector: a suspended coroutine that holds itself", "[gc][collector]") {
    // CPython: 0, as for a generator: its finalizer closes it.
    CHECK(run_python(R"py(
import gc, weakref, types
@types.coroutine
def pause():
    return (yield 1)
async def coro():
    me = await pause()
    await pause()
gc.collect()
c = coro()
c.send(None)
c.send(c)
r = weakref.ref(c)
del c
n = gc.collect()
result = (n, r() is None)
)py") == R"((0, True))");
}

TEST_CASE("collector: frames from sys._getframe() and tracebacks", "[gc][collector]") {
    // CPython: 1 (the frame object, whose local `fr` is itself).
    CHECK(run_python(R"py(
import gc, sys
def f():
    fr = sys._getframe()
    return 1
gc.collect()
f()
result = gc.collect()
)py") == R"(1)");
    // CPython: 4 (the exception, its traceback, the frame the traceback
    // points at, whose local `err` is the exception, and the exception's
    // args tuple).
    CHECK(run_python(R"py(
import gc
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return 1
gc.collect()
f()
result = gc.collect()
)py") == R"(4)");
}

// ---- generations, counts and thresholds ------------------------------------------------------

TEST_CASE("collector: a survivor moves to the next generation", "[gc][collector]") {
    CHECK(run_python(R"py(
import gc
def where(o):
    return [any(x is o for x in gc.get_objects(g)) for g in range(3)]
gc.collect()
x = []
young = where(x)
gc.collect(0)
after0 = where(x)
gc.collect(1)
after1 = where(x)
gc.collect()
after2 = where(x)
result = (young, after0, after1, after2)
)py") == R"(([True, False, False], [False, True, False], [False, False, True], [False, False, True]))");
}

TEST_CASE("collector: gc.get_count() after allocations and deallocations", "[gc][collector]") {
    // CPython: each tuple get_count returns and the list and dict count
    // one; freeing the list and the dict puts them on their free lists,
    // which does not take the count back.  A collection of generation 0
    // counts one in generation 1, of generation 1 one in generation 2.
    CHECK(run_python(R"py(
import gc
gc.collect()
a = gc.get_count()
x = []
y = {}
b = gc.get_count()
del x, y
c = gc.get_count()
gc.collect(0)
d = gc.get_count()
gc.collect(1)
e = gc.get_count()
gc.collect(0)
f = gc.get_count()
result = (a, b, c, d, e, f)
)py") == R"(((0, 0, 0), (3, 0, 0), (4, 0, 0), (0, 1, 0), (0, 0, 1), (0, 1, 1)))");
}

TEST_CASE("collector: thresholds decide when a collection starts", "[gc][collector]") {
    // CPython: with thresholds 5/2/2, one list per iteration starts a
    // collection every 6 iterations (the callbacks' own allocations
    // included); every third one is of generation 1.
    CHECK(run_python(R"py(
import gc
old = gc.get_threshold()
log = []
def cb(phase, info):
    if phase == 'start':
        log.append((i, info['generation'], gc.get_count()))
gc.collect()
gc.callbacks.append(cb)
gc.set_threshold(5, 2, 2)
keep = []
for i in range(40):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(*old)
result = (old, log)
)py") == R"(((700, 10, 10), [(3, 0, (7, 0, 0)), (9, 0, (6, 1, 0)), (15, 0, (6, 2, 0)), (21, 1, (6, 3, 0)), )"
          R"((27, 0, (6, 0, 1)), (33, 0, (6, 1, 1)), (39, 0, (6, 2, 1))]))");
}

// ---- finalizers, resurrection, weak references -----------------------------------------------

TEST_CASE("collector: __del__ runs once, on whole objects, in list order", "[gc][collector]") {
    // CPython: 3 objects; their finalizers run in the order the objects
    // were created, each seeing its neighbour intact (PEP 442), and a
    // second collection runs none again.
    CHECK(run_python(R"py(
import gc
log = []
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append((self.name, self.next.name))
gc.collect()
a = D('a'); b = D('b'); c = D('c')
a.next = b; b.next = c; c.next = a
del a, b, c
n = gc.collect()
result = (n, log, gc.collect(), len(log))
)py") == R"((3, [('a', 'b'), ('b', 'c'), ('c', 'a')], 0, 3))");
}

TEST_CASE("collector: a __del__ that resurrects its object", "[gc][collector]") {
    // CPython: 0 (the object its __del__ stored is not counted), it stays
    // alive and finalized; once dropped, 1, and __del__ did not run again.
    CHECK(run_python(R"py(
import gc
log = []
saved = []
class R:
    def __del__(self):
        log.append('del')
        saved.append(self)
gc.collect()
r = R()
r.me = r
del r
first = gc.collect()
alive = len(saved)
fin = gc.is_finalized(saved[0])
saved.clear()
second = gc.collect()
result = (first, alive, fin, second, log)
)py") == R"((0, 1, True, 1, ['del']))");
}

TEST_CASE("collector: weak references are cleared before finalizers run", "[gc][collector]") {
    // CPython: 1; the callback runs first and already sees the reference
    // dead, and so does __del__.
    CHECK(run_python(R"py(
import gc, weakref
log = []
class A:
    def __del__(self):
        log.append(('del', ref() is None))
def callback(r):
    log.append(('callback', r() is None))
gc.collect()
a = A()
a.me = a
ref = weakref.ref(a, callback)
del a
n = gc.collect()
result = (n, log)
)py") == R"((1, [('callback', True), ('del', True)]))");
    // CPython: 2, the instance and the weak reference its callback freed
    // (gcmodule.c's handle_weakrefs counts those).
    CHECK(run_python(R"py(
import gc, weakref
class A:
    pass
gc.collect()
a = A()
a.me = a
called = []
holder = {}
def forget(r):
    called.append(r() is None)
    del holder['r']
holder['r'] = weakref.ref(a, forget)
del a
n = gc.collect()
result = (n, called, holder)
)py") == R"((2, [True], {}))");
}

TEST_CASE("collector: gc.is_finalized", "[gc][collector]") {
    CHECK(run_python(R"py(
import gc
class F:
    def __del__(self):
        pass
class P:
    pass
gc.collect()
keep = []
class K:
    def __del__(self):
        keep.append(self)
k = K()
k.me = k
before = gc.is_finalized(k)
del k
gc.collect()
result = (before, gc.is_finalized(keep[0]), gc.is_finalized(P()), gc.is_finalized(F()), gc.is_finalized([]))
keep.clear()
)py") == R"((False, True, False, False, False))");
}

// ---- the gc module's controls ----------------------------------------------------------------

TEST_CASE("collector: DEBUG_SAVEALL keeps the garbage in gc.garbage", "[gc][collector]") {
    CHECK(run_python(R"py(
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
d = {}
d['d'] = d
del l, d
n = gc.collect()
kinds = sorted(type(o).__name__ for o in gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
result = (n, kinds)
)py") == R"((2, ['dict', 'list']))");
}

TEST_CASE("collector: gc.callbacks get start and stop, with info", "[gc][collector]") {
    CHECK(run_python(R"py(
import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect(1)
gc.callbacks.remove(cb)
result = log
)py") == R"([('start', [('collected', 0), ('generation', 1), ('uncollectable', 0)]), )"
          R"(('stop', [('collected', 1), ('generation', 1), ('uncollectable', 0)])])");
}

TEST_CASE("collector: gc.freeze moves everything out of the generations", "[gc][collector]") {
    // CPython: after freeze() only what was made since is in a generation
    // (the list comprehension's function and its list); frozen objects are
    // not examined; unfreeze() puts them in the oldest generation.
    CHECK(run_python(R"py(
import gc
gc.collect()
x = []
gc.freeze()
frozen = gc.get_freeze_count() > 0
in_gens = any(o is x for o in gc.get_objects())
counts = [len(gc.get_objects(g)) for g in range(3)]
l = []
l.append(l)
del l
n = gc.collect()
gc.unfreeze()
result = (frozen, in_gens, counts, n, gc.get_freeze_count(), any(o is x for o in gc.get_objects(2)))
)py") == R"((True, False, [2, 0, 0], 1, 0, True))");
}

// ---- classes are containers too --------------------------------------------------------------

TEST_CASE("collector: classes are tracked, built-in types are not", "[gc][collector][classes]") {
    CHECK(run_python(R"py(
import gc
class C:
    pass
class Meta(type):
    pass
class M(metaclass=Meta):
    pass
result = (gc.is_tracked(C), gc.is_tracked(M), gc.is_tracked(Meta), gc.is_tracked(int), gc.is_tracked(type))
)py") == R"((True, True, True, False, False))");
}

TEST_CASE("collector: a class that refers to itself", "[gc][collector][classes]") {
    // CPython: 6, the class, its namespace (which holds the __dict__ and
    // __weakref__ descriptors, so it is tracked), its MRO (C, object), its
    // bases tuple (object,) and the two getset descriptors.  A class with
    // no reference of its own is in a cycle anyway: its MRO starts with it.
    CHECK(run_python(R"py(
import gc
gc.collect()
class C:
    pass
C.me = C
del C
result = gc.collect()
)py") == R"(6)");
    CHECK(run_python(R"py(
import gc
gc.collect()
class C:
    pass
del C
result = gc.collect()
)py") == R"(6)");
}

TEST_CASE("collector: a class with its methods and its instances", "[gc][collector][classes]") {
    // CPython: 10, the 6 of a class, the functions f and g, the
    // __class__ cell f uses and f's closure tuple.
    CHECK(run_python(R"py(
import gc
gc.collect()
class C:
    def f(self):
        return __class__
    def g(self):
        pass
del C
result = gc.collect()
)py") == R"(10)");
    // CPython: 7, the 6 of a class and the instance it keeps.
    CHECK(run_python(R"py(
import gc
gc.collect()
class C:
    pass
C.instance = C()
del C
result = gc.collect()
)py") == R"(7)");
    // CPython: 8, one more for the __del__ function; the instance's
    // finalizer runs with its class intact.
    CHECK(run_python(R"py(
import gc
log = []
gc.collect()
class C:
    def __del__(self):
        log.append(type(self).__name__)
C.inst = C()
del C
n = gc.collect()
result = (n, log)
)py") == R"((8, ['C']))");
}

TEST_CASE("collector: a class in a cycle with its metaclass", "[gc][collector][classes]") {
    // CPython: 10.  Meta, its MRO, its bases and its namespace (tracked
    // once `made` is stored in it: before, it held only strs); C, its
    // MRO, its bases, its namespace and the two getset descriptors in it
    // (Meta's instances have a __dict__ already, C's instances get one).
    CHECK(run_python(R"py(
import gc
gc.collect()
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
Meta.made = C
del Meta, C
result = gc.collect()
)py") == R"(10)");
}

TEST_CASE("collector: a live instance's dict is never garbage", "[gc][collector][classes]") {
    // CPython: 0 each time, and every dict keeps its contents.  The
    // instances are reachable only through their class; each one's dict
    // object (asked for, or made by a list subclass's first attribute)
    // refers back to the class.
    CHECK(run_python(R"py(
import gc
class P: pass
class L(list): pass
class S(str): pass
p = P(); p.__dict__; p.x = P; P.m = p
l = L(); l.x = L; L.m = l
s = S('s'); s.x = S; S.m = s
del p, l, s
n = gc.collect()
result = (n, vars(P.m), vars(L.m), vars(S.m))
)py") == R"((0, {'x': <class '__main__.P'>}, {'x': <class '__main__.L'>}, {'x': <class '__main__.S'>}))");
}

TEST_CASE("collector: a collected subclass leaves its base", "[gc][collector][classes]") {
    // CPython: 3, C, its MRO and bases (C's namespace holds only strs);
    // a weak reference to the class dies with it, and B no longer lists it.
    CHECK(run_python(R"py(
import gc, weakref
gc.collect()
class B:
    pass
class C(B):
    pass
r = weakref.ref(C)
subs_before = len(B.__subclasses__())
del C
n = gc.collect()
result = (n, r() is None, subs_before, len(B.__subclasses__()))
)py") == R"((3, True, 1, 0))");
}
