// range and slice: lazy items, length, containment, index/count, slicing a
// range, repr, hash and equality as sequences, iteration (including beyond
// ssize_t), and slice_adjust_indices.  Every expected value is what python3
// (3.11) prints.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/range.hpp"
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

std::string take_error() {
    Ref<> e = fetch_error();
    if (!e) return "<no error>";
    Ref<> r = Ref<>::steal(repr(e.get()));
    return r ? str_to_utf8(r.get()) : "?";
}

Ref<> I(ssize_t v) { return Ref<>::steal(int_from_ssize(v)); }
Ref<> R(ssize_t a, ssize_t b, ssize_t c = 1) { return Ref<>::steal(range_from_ssize(a, b, c)); }

}  // namespace

TEST_CASE("range basics", "[range]") {
    runtime_init();
    Ref<> r = R(0, 10, 2);
    CHECK(repr_of(r.get()) == "range(0, 10, 2)");
    CHECK(repr_of(R(0, 3).get()) == "range(0, 3)");
    CHECK(repr_of(R(1, 5, 1).get()) == "range(1, 5)");
    CHECK(range_length(r.get()) == 5);
    CHECK(repr_of(Ref<>::steal(range_item(r.get(), 1)).get()) == "2");
    CHECK(repr_of(Ref<>::steal(range_item(r.get(), -1)).get()) == "8");
    CHECK(range_item(r.get(), 10) == nullptr);
    CHECK(take_error() == "IndexError('range object index out of range')");
    Ref<> one = I(1), three = I(3), m1 = I(-1);
    Ref<> s = Ref<>::steal(slice_new(one.get(), three.get(), nullptr));
    CHECK(repr_of(Ref<>::steal(get_item(r.get(), s.get())).get()) == "range(2, 6, 2)");
    Ref<> rev = Ref<>::steal(slice_new(nullptr, nullptr, m1.get()));
    CHECK(repr_of(Ref<>::steal(get_item(r.get(), rev.get())).get()) == "range(8, -2, -2)");
    CHECK(range_contains(r.get(), I(4).get()) == 1);
    CHECK(range_contains(r.get(), I(5).get()) == 0);
    CHECK(repr_of(Ref<>::steal(range_index(r.get(), I(4).get())).get()) == "2");
    CHECK(repr_of(Ref<>::steal(range_count(r.get(), I(4).get())).get()) == "1");
    CHECK(range_index(r.get(), I(5).get()) == nullptr);
    CHECK(take_error() == "ValueError('5 is not in range')");
    CHECK(range_from_ssize(1, 2, 0) == nullptr);
    CHECK(take_error() == "ValueError('range() arg 3 must not be zero')");
}

TEST_CASE("range equality and hash are the sequence's", "[range]") {
    runtime_init();
    CHECK(rich_compare_bool(R(0, 0).get(), R(5, 5).get(), EQ) == 1);
    CHECK(rich_compare_bool(R(0, 3, 2).get(), R(0, 4, 2).get(), EQ) == 1);
    CHECK(rich_compare_bool(R(0, 3).get(), R(0, 4).get(), EQ) == 0);
    // hash((len, start, step)); hash(None) is address-based in 3.11, so the
    // ranges whose hash involves None are checked against that tuple.
    Ref<> none_tuple = Ref<>::steal(tuple_pack({I(0).get(), None(), None()}));
    CHECK(hash(R(0, 0).get()) == hash(none_tuple.get()));
    CHECK(hash(R(7, 2).get()) == hash(none_tuple.get()));
    Ref<> single = Ref<>::steal(tuple_pack({I(1).get(), I(5).get(), None()}));
    CHECK(hash(R(5, 6).get()) == hash(single.get()));
    CHECK(hash(R(0, 3).get()) == -8338477496398685190);
    CHECK(hash(R(1, 10, 3).get()) == -9160968616009628824);
}

TEST_CASE("range iteration, small and beyond ssize_t", "[range]") {
    runtime_init();
    Ref<> it = Ref<>::steal(get_iter(R(3, 0, -1).get()));
    CHECK(std::string(it->ob_type->tp_name) == "range_iterator");
    std::string seen;
    while (Object* x = iter_next(it.get())) {
        seen += repr_of(x) + ",";
        decref(x);
    }
    CHECK(seen == "3,2,1,");
    CHECK_FALSE(error_occurred());
    // range(10**20): item 5 and a slice work; len() overflows.
    Ref<> big = Ref<>::steal(int_from_decimal("100000000000000000000"));
    Ref<> zero = I(0), one = I(1), two = I(2);
    Ref<> r = Ref<>::steal(range_new(zero.get(), big.get(), one.get()));
    REQUIRE(r);
    CHECK(repr_of(Ref<>::steal(range_item(r.get(), 5)).get()) == "5");
    Ref<> s = Ref<>::steal(slice_new(nullptr, nullptr, two.get()));
    CHECK(range_length(r.get()) == -1);
    CHECK(take_error() == "OverflowError('Python int too large to convert to C ssize_t')");
    Ref<> big_start = Ref<>::steal(range_new(big.get(), big.get(), one.get()));
    CHECK(repr_of(big_start.get()) == "range(100000000000000000000, 100000000000000000000)");
    Ref<> lit = Ref<>::steal(get_iter(Ref<>::steal(range_new(big.get(), zero.get(), Ref<>::steal(int_from_decimal("-60000000000000000000")).get())).get()));
    CHECK(std::string(lit->ob_type->tp_name) == "longrange_iterator");
    std::string big_seen;
    while (Object* x = iter_next(lit.get())) {
        big_seen += repr_of(x) + ",";
        decref(x);
    }
    CHECK(big_seen == "100000000000000000000,40000000000000000000,");
}

TEST_CASE("slice indices", "[range]") {
    runtime_init();
    ssize_t start = -3, stop = PTRDIFF_MAX, step = 1;
    CHECK(slice_adjust_indices(10, &start, &stop, step) == 3);
    CHECK(start == 7);
    CHECK(stop == 10);
    Ref<> m1 = I(-1);
    Ref<> s = Ref<>::steal(slice_new(nullptr, nullptr, m1.get()));
    CHECK(slice_indices(s.get(), 5, &start, &stop, &step) == 5);
    CHECK(start == 4);
    CHECK(stop == -1);
    CHECK(step == -1);
    Ref<> zero = I(0);
    Ref<> z = Ref<>::steal(slice_new(nullptr, nullptr, zero.get()));
    CHECK(slice_indices(z.get(), 5, &start, &stop, &step) == -1);
    CHECK(take_error() == "ValueError('slice step cannot be zero')");
    Ref<> one = I(1);
    Ref<> s2 = Ref<>::steal(slice_new(one.get(), nullptr, nullptr));
    CHECK(repr_of(s2.get()) == "slice(1, None, None)");
    // A huge stop is clamped, not an error.
    Ref<> big = Ref<>::steal(int_from_decimal("100000000000000000000"));
    Ref<> s3 = Ref<>::steal(slice_new(nullptr, big.get(), nullptr));
    CHECK(slice_indices(s3.get(), 5, &start, &stop, &step) == 5);
}

#include "runtime/dict.hpp"
#include "runtime/list.hpp"
#include "runtime/set.hpp"

namespace {

// type(*args) through the call protocol, as the VM will call it; the repr
// of the result, or "TypeName: message" of the error.
std::string construct(TypeObject* type, std::initializer_list<Object*> args, Object* kwnames = nullptr) {
    std::vector<Object*> argv(args);
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Ref<> r = Ref<>::steal(call(type, argv.data(), argv.size() - static_cast<std::size_t>(nkw), kwnames));
    if (!r) {
        Ref<> e = fetch_error();
        Ref<> s = Ref<>::steal(str(e.get()));
        return std::string(e->ob_type->tp_name) + ": " + str_to_utf8(s.get());
    }
    return repr_of(r.get());
}

}  // namespace

TEST_CASE("calling the container types constructs them, with CPython's errors", "[range]") {
    runtime_init();
    Ref<> one = I(1), two = I(2), three = I(3), four = I(4), five = I(5);
    Ref<> ab = Ref<>::steal(str_from_utf8("ab"));
    Ref<> r3 = R(0, 3);
    CHECK(construct(&range_type, {five.get()}) == "range(0, 5)");
    CHECK(construct(&range_type, {one.get(), five.get(), two.get()}) == "range(1, 5, 2)");
    CHECK(construct(&range_type, {}) == "TypeError: range expected at least 1 argument, got 0");
    CHECK(construct(&range_type, {one.get(), two.get(), three.get(), four.get()}) ==
          "TypeError: range expected at most 3 arguments, got 4");
    CHECK(construct(&range_type, {ab.get()}) == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(construct(&slice_type, {five.get()}) == "slice(None, 5, None)");
    CHECK(construct(&slice_type, {one.get(), two.get()}) == "slice(1, 2, None)");
    CHECK(construct(&slice_type, {}) == "TypeError: slice expected at least 1 argument, got 0");
    Ref<> t_ab = Ref<>::steal(tuple_pack({ab.get(), ab.get()}));
    CHECK(construct(&list_type, {t_ab.get()}) == "['ab', 'ab']");
    CHECK(construct(&list_type, {r3.get()}) == "[0, 1, 2]");
    CHECK(construct(&list_type, {one.get(), two.get()}) == "TypeError: list expected at most 1 argument, got 2");
    CHECK(construct(&tuple_type, {r3.get()}) == "(0, 1, 2)");
    CHECK(construct(&tuple_type, {}) == "()");
    CHECK(construct(&tuple_type, {one.get()}) == "TypeError: 'int' object is not iterable");
    CHECK(construct(&set_type, {r3.get()}) == "{0, 1, 2}");
    CHECK(construct(&frozenset_type, {r3.get()}) == "frozenset({0, 1, 2})");
    CHECK(construct(&set_type, {one.get(), two.get()}) == "TypeError: set expected at most 1 argument, got 2");
    // dict([(1, 2)], a=3)
    Ref<> pairs = Ref<>::steal(list_new(0));
    REQUIRE(list_append(pairs.get(), Ref<>::steal(tuple_pack({one.get(), two.get()})).get()) == 0);
    Ref<> a = Ref<>::steal(str_from_utf8("a"));
    Ref<> kwnames = Ref<>::steal(tuple_pack({a.get()}));
    CHECK(construct(&dict_type, {pairs.get(), three.get()}, kwnames.get()) == "{1: 2, 'a': 3}");
    CHECK(construct(&dict_type, {one.get()}) == "TypeError: 'int' object is not iterable");
    CHECK(construct(&dict_type, {one.get(), two.get()}) == "TypeError: dict expected at most 1 argument, got 2");
    CHECK(construct(&list_type, {one.get()}, kwnames.get()) == "TypeError: list() takes no keyword arguments");
}
