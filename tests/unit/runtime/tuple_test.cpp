// The tuple type: the empty singleton, free-list reuse, sizes, CPython 3.11's
// tuplehash values, repr (including recursion through a list), comparison,
// slicing and the sequence methods, and that items' reference counts come
// back to where they were.  Every expected value is what python3 (3.11)
// prints for the same expression.
#include <catch2/catch.hpp>

#include <string>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/slice.hpp"
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

// "TypeName: message" of the pending exception, which is cleared.
std::string take_error() {
    Ref<> e = fetch_error();
    if (!e) return "<no error>";
    Ref<> s = Ref<>::steal(str(e.get()));
    return std::string(e->ob_type->tp_name) + ": " + (s ? str_to_utf8(s.get()) : "?");
}

Ref<> ints(std::initializer_list<ssize_t> values) {
    Object* t = tuple_new(static_cast<ssize_t>(values.size()));
    ssize_t i = 0;
    for (ssize_t v : values) tuple_items(t)[i++] = int_from_ssize(v);
    return Ref<>::steal(t);
}

// sys.getsizeof: __sizeof__ plus the GC header.
ssize_t getsizeof_tuple(Object* t) { return tuple_sizeof(t) + 16; }

}  // namespace

TEST_CASE("the empty tuple is a singleton, untracked, 40 bytes", "[tuple]") {
    runtime_init();
    Ref<> a = Ref<>::steal(tuple_new(0));
    Ref<> b = Ref<>::steal(tuple_pack({}));
    CHECK(a.get() == b.get());
    CHECK_FALSE(glasspy::gc::is_tracked(a.get()));
    CHECK(getsizeof_tuple(a.get()) == 40);
    CHECK(repr_of(a.get()) == "()");
}

TEST_CASE("tuple sizes and tracking", "[tuple]") {
    runtime_init();
    Ref<> one = ints({1});
    Ref<> three = ints({1, 2, 3});
    CHECK(getsizeof_tuple(one.get()) == 48);
    CHECK(getsizeof_tuple(three.get()) == 64);
    CHECK(glasspy::gc::is_tracked(one.get()));
    CHECK(is_tuple(one.get()));
    CHECK(is_tuple_exact(one.get()));
}

TEST_CASE("a freed tuple is reused by the next tuple of its size", "[tuple]") {
    runtime_init();
    Object* t = ints({7, 8}).release();
    Object* address = t;
    ssize_t type_refs = tuple_type.ob_refcnt;
    decref(t);
    CHECK(tuple_type.ob_refcnt == type_refs - 1);
    Ref<> again = Ref<>::steal(tuple_new(2));
    CHECK(again.get() == address);
    CHECK(again->ob_refcnt == 1);
    CHECK(tuple_type.ob_refcnt == type_refs);
    tuple_items(again.get())[0] = int_from_ssize(0);
    tuple_items(again.get())[1] = int_from_ssize(0);
    // A different size comes from a different list.
    Ref<> other = Ref<>::steal(tuple_new(3));
    CHECK(other.get() != address);
    for (int i = 0; i < 3; ++i) tuple_items(other.get())[i] = int_from_ssize(i);
}

TEST_CASE("tuple hashes are CPython 3.11's", "[tuple]") {
    runtime_init();
    CHECK(hash(Ref<>::steal(tuple_new(0)).get()) == 5740354900026072187);
    CHECK(hash(ints({1}).get()) == -6644214454873602895);
    CHECK(hash(ints({1, 2}).get()) == -3550055125485641917);
    CHECK(hash(ints({1, 2, 3}).get()) == 529344067295497451);
    CHECK(hash(ints({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}).get()) == 9109727825473806502);
    CHECK(hash(ints({-1}).get()) == 8078679518589016365);
    CHECK(hash(ints({0}).get()) == -8753497827991233192);
    Ref<> a = ints({1, 2});
    Ref<> b = ints({3});
    Ref<> nested = Ref<>::steal(tuple_pack({a.get(), b.get()}));
    CHECK(hash(nested.get()) == -8303551883679707139);
    // An unhashable item makes the tuple unhashable.
    Ref<> l = Ref<>::steal(list_new(0));
    Ref<> with_list = Ref<>::steal(tuple_pack({l.get()}));
    CHECK(hash(with_list.get()) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'list'");
}

TEST_CASE("tuple repr", "[tuple]") {
    runtime_init();
    CHECK(repr_of(ints({1}).get()) == "(1,)");
    CHECK(repr_of(ints({1, 2, 3}).get()) == "(1, 2, 3)");
    // t = (l,) with l = [(), t]: repr(t) == "([(), (...)],)"
    Ref<> l = Ref<>::steal(list_new(0));
    Ref<> empty = Ref<>::steal(tuple_new(0));
    REQUIRE(list_append(l.get(), empty.get()) == 0);
    Ref<> t = Ref<>::steal(tuple_pack({l.get()}));
    REQUIRE(list_append(l.get(), t.get()) == 0);
    CHECK(repr_of(t.get()) == "([(), (...)],)");
    CHECK(repr_of(l.get()) == "[(), ([...],)]");
    // Break the cycle by hand (no collector yet).
    list_clear(l.get());
}

TEST_CASE("tuple comparison is lexicographic", "[tuple]") {
    runtime_init();
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1, 3}).get(), LT) == 1);
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1, 2, 0}).get(), LT) == 1);
    CHECK(rich_compare_bool(ints({2}).get(), ints({1, 5}).get(), GT) == 1);
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1, 2}).get(), EQ) == 1);
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1, 2}).get(), NE) == 0);
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1}).get(), LE) == 0);
}

TEST_CASE("tuple sequence operations", "[tuple]") {
    runtime_init();
    Ref<> t = ints({1, 2, 3});
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    Ref<> minus1 = Ref<>::steal(int_from_ssize(-1));
    Ref<> tail = Ref<>::steal(slice_new(one.get(), nullptr, nullptr));
    Ref<> backwards = Ref<>::steal(slice_new(nullptr, nullptr, minus1.get()));
    CHECK(repr_of(Ref<>::steal(get_item(t.get(), tail.get())).get()) == "(2, 3)");
    CHECK(repr_of(Ref<>::steal(get_item(t.get(), backwards.get())).get()) == "(3, 2, 1)");
    CHECK(repr_of(Ref<>::steal(get_item(t.get(), minus1.get())).get()) == "3");
    // t[:] of an exact tuple is the tuple itself.
    Ref<> all = Ref<>::steal(slice_new(nullptr, nullptr, nullptr));
    Ref<> same = Ref<>::steal(get_item(t.get(), all.get()));
    CHECK(same.get() == t.get());
    CHECK(repr_of(Ref<>::steal(tuple_type.sq_repeat(t.get(), 2)).get()) == "(1, 2, 3, 1, 2, 3)");
    CHECK(repr_of(Ref<>::steal(tuple_type.sq_concat(t.get(), ints({4}).get())).get()) == "(1, 2, 3, 4)");
    Ref<> two = Ref<>::steal(int_from_ssize(2));
    Ref<> nine = Ref<>::steal(int_from_ssize(9));
    CHECK(contains(t.get(), two.get()) == 1);
    CHECK(contains(t.get(), nine.get()) == 0);
    CHECK(tuple_count(t.get(), two.get()) == 1);
    CHECK(tuple_index(t.get(), two.get()) == 1);
    CHECK(tuple_index(t.get(), nine.get()) == -1);
    CHECK(take_error() == "ValueError: tuple.index(x): x not in tuple");
    Ref<> five = Ref<>::steal(int_from_ssize(5));
    CHECK(get_item(t.get(), five.get()) == nullptr);
    CHECK(take_error() == "IndexError: tuple index out of range");
    Ref<> l = Ref<>::steal(list_new(0));
    CHECK(tuple_type.sq_concat(t.get(), l.get()) == nullptr);
    CHECK(take_error() == "TypeError: can only concatenate tuple (not \"list\") to tuple");
}

TEST_CASE("tuple iteration", "[tuple]") {
    runtime_init();
    Ref<> t = ints({4, 5});
    Ref<> it = Ref<>::steal(get_iter(t.get()));
    REQUIRE(it);
    CHECK(std::string(it->ob_type->tp_name) == "tuple_iterator");
    Ref<> a = Ref<>::steal(iter_next(it.get()));
    Ref<> b = Ref<>::steal(iter_next(it.get()));
    CHECK(repr_of(a.get()) == "4");
    CHECK(repr_of(b.get()) == "5");
    CHECK(iter_next(it.get()) == nullptr);
    CHECK_FALSE(error_occurred());
}

TEST_CASE("tuples hold exactly one reference per item", "[tuple]") {
    runtime_init();
    Ref<> item = Ref<>::steal(list_new(0));
    ssize_t before = item->ob_refcnt;
    {
        Ref<> t = Ref<>::steal(tuple_pack({item.get(), item.get()}));
        CHECK(item->ob_refcnt == before + 2);
        Ref<> doubled = Ref<>::steal(tuple_type.sq_repeat(t.get(), 3));
        CHECK(item->ob_refcnt == before + 8);
        Ref<> from_list = Ref<>::steal(tuple_from_iterable(t.get()));
        CHECK(from_list.get() == t.get());
    }
    CHECK(item->ob_refcnt == before);
}
