// set and frozenset: table order from CPython's probing (linear probes, then
// perturb), resize points read through getsizeof, the set algebra, repr,
// frozenset's hash, pop's order, errors and reference counts.  Every
// expected value is what python3 (3.11) prints.
#include <catch2/catch.hpp>

#include <string>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

using namespace glasspy::rt;

namespace {

std::string repr_of(Object* o) {
    Ref<> r = Ref<>::steal(repr(o));
    REQUIRE(r);
    return str_to_utf8(r.get());
}

std::string take_error() {
    Ref<> e = fetch_error();
    if (!e) return "<no error>";
    Ref<> r = Ref<>::steal(repr(e.get()));
    return r ? str_to_utf8(r.get()) : "?";
}

Ref<> I(ssize_t v) { return Ref<>::steal(int_from_ssize(v)); }

// A set built by adding these ints in order (as a set display does).
Ref<> make_set(std::initializer_list<ssize_t> values) {
    Ref<> s = Ref<>::steal(set_new(nullptr));
    for (ssize_t v : values) REQUIRE(set_add(s.get(), I(v).get()) == 0);
    return s;
}

Ref<> range_set(ssize_t start, ssize_t stop, ssize_t step = 1) {
    Ref<> r = Ref<>::steal(range_from_ssize(start, stop, step));
    return Ref<>::steal(set_new(r.get()));
}

ssize_t getsizeof_set(Object* s) { return set_sizeof(s) + 16; }

}  // namespace

TEST_CASE("set repr and table order", "[set]") {
    runtime_init();
    Ref<> empty = Ref<>::steal(set_new(nullptr));
    CHECK(repr_of(empty.get()) == "set()");
    CHECK(repr_of(Ref<>::steal(frozenset_new(nullptr)).get()) == "frozenset()");
    CHECK(repr_of(make_set({1, 2}).get()) == "{1, 2}");
    Ref<> f = Ref<>::steal(frozenset_new(make_set({1}).get()));
    CHECK(repr_of(f.get()) == "frozenset({1})");
    // Collisions: linear probing and the perturb jump decide the order.
    // (python3: s = set(); for x in [100, 5, 37, 8, 64]: s.add(x).  The
    // display {100, 5, 37, 8, 64} prints differently: the compiler makes it a
    // frozenset constant, rebuilt in table order, then SET_UPDATE.)
    CHECK(repr_of(make_set({100, 5, 37, 8, 64}).get()) == "{64, 100, 37, 5, 8}");
    CHECK(repr_of(make_set({7, 15, 23}).get()) == "{15, 23, 7}");
    CHECK(repr_of(range_set(20, 0, -3).get()) == "{2, 5, 8, 11, 14, 17, 20}");
    Ref<> t = Ref<>::steal(tuple_pack({I(1).get(), I(2).get()}));
    Ref<> st = Ref<>::steal(set_new(nullptr));
    REQUIRE(set_add(st.get(), t.get()) == 0);
    CHECK(repr_of(st.get()) == "{(1, 2)}");
    CHECK(glasspy::gc::is_tracked(empty.get()));
}

TEST_CASE("set sizes: the smalltable, then 3/5 full triggers a resize", "[set]") {
    runtime_init();
    Ref<> s = Ref<>::steal(set_new(nullptr));
    CHECK(getsizeof_set(s.get()) == 216);
    // python3: getsizeof after each of 20 adds.
    const ssize_t expected[20] = {216, 216, 216, 216, 728, 728, 728, 728, 728, 728,
                                  728, 728, 728, 728, 728, 728, 728, 728, 2264, 2264};
    for (int i = 0; i < 20; ++i) {
        REQUIRE(set_add(s.get(), I(i).get()) == 0);
        CHECK(getsizeof_set(s.get()) == expected[i]);
    }
    CHECK(getsizeof_set(range_set(0, 10).get()) == 728);
    Ref<> f = Ref<>::steal(frozenset_new(Ref<>::steal(range_from_ssize(0, 5)).get()));
    CHECK(getsizeof_set(f.get()) == 728);
    // Discarding leaves dummies; the table does not shrink.
    Ref<> d = range_set(0, 10);
    for (int i = 0; i < 8; ++i) REQUIRE(set_discard(d.get(), I(i).get()) == 1);
    CHECK(repr_of(d.get()) == "{8, 9}");
    CHECK(getsizeof_set(d.get()) == 728);
}

TEST_CASE("set algebra", "[set]") {
    runtime_init();
    Ref<> a = make_set({1, 2, 3});
    Ref<> b = make_set({3, 4});
    CHECK(repr_of(Ref<>::steal(set_union(a.get(), b.get())).get()) == "{1, 2, 3, 4}");
    CHECK(repr_of(Ref<>::steal(set_intersection(a.get(), b.get())).get()) == "{3}");
    CHECK(repr_of(Ref<>::steal(set_difference(a.get(), b.get())).get()) == "{1, 2}");
    CHECK(repr_of(Ref<>::steal(set_symmetric_difference(a.get(), b.get())).get()) == "{1, 2, 4}");
    CHECK(repr_of(Ref<>::steal(set_symmetric_difference(b.get(), a.get())).get()) == "{1, 2, 4}");
    CHECK(repr_of(Ref<>::steal(binary_op(a.get(), b.get(), BinaryOp::Or)).get()) == "{1, 2, 3, 4}");
    CHECK(set_issubset(a.get(), make_set({1, 2, 3, 4}).get()) == 1);
    CHECK(set_issuperset(a.get(), make_set({1}).get()) == 1);
    CHECK(set_isdisjoint(a.get(), make_set({9}).get()) == 1);
    CHECK(set_isdisjoint(a.get(), b.get()) == 0);
    CHECK(rich_compare_bool(make_set({1}).get(), make_set({1, 2}).get(), LT) == 1);
    Ref<> fs = Ref<>::steal(frozenset_new(make_set({1, 2}).get()));
    CHECK(rich_compare_bool(make_set({1, 2}).get(), fs.get(), EQ) == 1);
    // frozenset | set is a frozenset.
    CHECK(repr_of(Ref<>::steal(set_union(fs.get(), b.get())).get()) == "frozenset({1, 2, 3, 4})");
    Ref<> frozen = Ref<>::steal(frozenset_new(fs.get()));
    CHECK(frozen.get() == fs.get());
}

TEST_CASE("frozenset hashes are CPython 3.11's", "[set]") {
    runtime_init();
    CHECK(hash(Ref<>::steal(frozenset_new(nullptr)).get()) == 133146708735736);
    CHECK(hash(Ref<>::steal(frozenset_new(make_set({1}).get())).get()) == -558064481276695278);
    CHECK(hash(Ref<>::steal(frozenset_new(make_set({1, 2, 3}).get())).get()) == -272375401224217160);
    CHECK(hash(Ref<>::steal(frozenset_new(range_set(0, 10).get())).get()) == 3895031357313128696);
    CHECK(hash(make_set({1}).get()) == -1);
    CHECK(take_error() == "TypeError(\"unhashable type: 'set'\")");
}

TEST_CASE("set pop, remove and errors", "[set]") {
    runtime_init();
    Ref<> s = make_set({1, 2, 3});
    CHECK(repr_of(Ref<>::steal(set_pop(s.get())).get()) == "1");
    CHECK(repr_of(Ref<>::steal(set_pop(s.get())).get()) == "2");
    CHECK(repr_of(s.get()) == "{3}");
    Ref<> e = Ref<>::steal(set_new(nullptr));
    CHECK(set_pop(e.get()) == nullptr);
    CHECK(take_error() == "KeyError('pop from an empty set')");
    CHECK(set_remove(make_set({1}).get(), I(5).get()) == -1);
    CHECK(take_error() == "KeyError(5)");
    Ref<> l = Ref<>::steal(list_new(0));
    CHECK(set_add(e.get(), l.get()) == -1);
    CHECK(take_error() == "TypeError(\"unhashable type: 'list'\")");
    CHECK(set_contains(s.get(), I(3).get()) == 1);
    CHECK(set_contains(s.get(), I(4).get()) == 0);
}

TEST_CASE("set iteration and changing size", "[set]") {
    runtime_init();
    Ref<> s = make_set({1, 2});
    Ref<> it = Ref<>::steal(get_iter(s.get()));
    CHECK(std::string(it->ob_type->tp_name) == "set_iterator");
    Ref<> first = Ref<>::steal(iter_next(it.get()));
    CHECK(repr_of(first.get()) == "1");
    REQUIRE(set_add(s.get(), I(7).get()) == 0);
    CHECK(iter_next(it.get()) == nullptr);
    CHECK(take_error() == "RuntimeError('Set changed size during iteration')");
}

TEST_CASE("sets hold one reference per key", "[set]") {
    runtime_init();
    Ref<> key = Ref<>::steal(tuple_pack({I(1000).get()}));
    ssize_t before = key->ob_refcnt;
    {
        Ref<> s = Ref<>::steal(set_new(nullptr));
        REQUIRE(set_add(s.get(), key.get()) == 0);
        REQUIRE(set_add(s.get(), key.get()) == 0);
        CHECK(key->ob_refcnt == before + 1);
        for (int i = 0; i < 50; ++i) REQUIRE(set_add(s.get(), I(i).get()) == 0);  // resizes
        CHECK(key->ob_refcnt == before + 1);
        Ref<> u = Ref<>::steal(set_union(s.get(), s.get()));
        CHECK(key->ob_refcnt == before + 2);
        REQUIRE(set_discard(u.get(), key.get()) == 1);
        CHECK(key->ob_refcnt == before + 1);
        set_clear(s.get());
        CHECK(key->ob_refcnt == before);
    }
    CHECK(key->ob_refcnt == before);
}

TEST_CASE("a large set", "[set]") {
    runtime_init();
    Ref<> s = range_set(0, 100000);
    CHECK(getsizeof_set(s.get()) == 4194520);
    CHECK(set_size(s.get()) == 100000);
    CHECK(set_contains(s.get(), I(99999).get()) == 1);
    CHECK(set_contains(s.get(), I(100000).get()) == 0);
}
