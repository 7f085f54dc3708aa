// The list type: CPython 3.11's growth pattern (list_resize and
// list_preallocate_exact) read through `allocated` and getsizeof, the free
// list, slicing with its error messages, the methods, sort, repr and
// reference counts.  Every expected value is what python3 (3.11) prints.
#include <catch2/catch.hpp>

#include <string>
#include <algorithm>
#include <vector>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/range.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
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
    Ref<> s = Ref<>::steal(str(e.get()));
    return std::string(e->ob_type->tp_name) + ": " + (s ? str_to_utf8(s.get()) : "?");
}

Ref<> I(ssize_t v) { return Ref<>::steal(int_from_ssize(v)); }

Ref<> ints(std::initializer_list<ssize_t> values) {
    Ref<> l = Ref<>::steal(list_new(0));
    for (ssize_t v : values) REQUIRE(list_append(l.get(), I(v).get()) == 0);
    return l;
}

Ref<> range_list(ssize_t n) {
    Ref<> r = Ref<>::steal(range_from_ssize(0, n));
    return Ref<>::steal(list_from_iterable(r.get()));
}

ssize_t getsizeof_list(Object* l) { return list_sizeof(l) + 16; }

Ref<> slice(Object* start, Object* stop, Object* step) { return Ref<>::steal(slice_new(start, stop, step)); }

}  // namespace

TEST_CASE("appending one at a time grows allocated as CPython 3.11's list_resize", "[list]") {
    runtime_init();
    Ref<> l = Ref<>::steal(list_new(0));
    CHECK(getsizeof_list(l.get()) == 56);
    std::vector<ssize_t> seen{list_allocated(l.get())};
    for (int i = 0; i < 100; ++i) {
        REQUIRE(list_append(l.get(), I(i).get()) == 0);
        if (list_allocated(l.get()) != seen.back()) seen.push_back(list_allocated(l.get()));
    }
    // python3: the distinct (getsizeof(l) - 56) // 8 values over 100 appends.
    CHECK(seen == std::vector<ssize_t>{0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108});
    CHECK(getsizeof_list(l.get()) == 56 + 8 * 108);
}

TEST_CASE("list sizes after building and shrinking", "[list]") {
    runtime_init();
    // [1, 2, 3] is BUILD_LIST 0 + LIST_EXTEND: preallocated exactly, rounded to even.
    Ref<> three = Ref<>::steal(list_new(0));
    REQUIRE(list_extend(three.get(), ints({1, 2, 3}).get()) == 0);
    CHECK(getsizeof_list(three.get()) == 88);
    Ref<> one = Ref<>::steal(list_new(1));
    list_items(one.get())[0] = I(1).release();
    CHECK(getsizeof_list(one.get()) == 64);
    CHECK(getsizeof_list(range_list(5).get()) == 104);
    CHECK(getsizeof_list(range_list(20).get()) == 216);
    // l = []; l.extend(range(10)) -> 136; a generator of 10 items -> 184 (16 slots).
    Ref<> l = Ref<>::steal(list_new(0));
    Ref<> r = Ref<>::steal(range_from_ssize(0, 10));
    REQUIRE(list_extend(l.get(), r.get()) == 0);
    CHECK(getsizeof_list(l.get()) == 136);
    // l = [1, 2, 3]; l.extend([4..17]) -> 216
    Ref<> m = ints({1, 2, 3});
    // ints() appends (allocated 4); python3's literal is also 4 slots.
    CHECK(list_allocated(m.get()) == 4);
    Ref<> more = range_list(14);
    REQUIRE(list_extend(m.get(), more.get()) == 0);
    CHECK(getsizeof_list(m.get()) == 216);
    // list(range(100)) popped down to 3 items -> 120
    Ref<> p = range_list(100);
    while (list_size(p.get()) > 3) decref(list_pop(p.get()));
    CHECK(getsizeof_list(p.get()) == 120);
    // [1, 2, 3] * 3 in place -> 184; [].insert(0, 1) -> 88
    Ref<> q = Ref<>::steal(list_new(0));
    REQUIRE(list_extend(q.get(), ints({1, 2, 3}).get()) == 0);
    Ref<> q3 = Ref<>::steal(list_type.sq_inplace_repeat(q.get(), 3));
    CHECK(getsizeof_list(q.get()) == 184);
    Ref<> ins = Ref<>::steal(list_new(0));
    REQUIRE(list_insert(ins.get(), 0, I(1).get()) == 0);
    CHECK(getsizeof_list(ins.get()) == 88);
}

TEST_CASE("a freed list object is reused by the next list_new", "[list]") {
    runtime_init();
    Object* l = list_new(0);
    REQUIRE(list_append(l, I(5).get()) == 0);
    Object* address = l;
    decref(l);
    Ref<> again = Ref<>::steal(list_new(0));
    CHECK(again.get() == address);
    CHECK(again->ob_refcnt == 1);
    CHECK(list_allocated(again.get()) == 0);
    CHECK(glasspy::gc::is_tracked(again.get()));
}

TEST_CASE("list repr, including recursion", "[list]") {
    runtime_init();
    CHECK(repr_of(Ref<>::steal(list_new(0)).get()) == "[]");
    Ref<> l = ints({1});
    REQUIRE(list_append(l.get(), l.get()) == 0);
    CHECK(repr_of(l.get()) == "[1, [...]]");
    list_clear(l.get());
}

TEST_CASE("list indexing and slicing, with CPython's messages", "[list]") {
    runtime_init();
    Ref<> a = range_list(10);
    Ref<> none;
    Ref<> two = I(2), three = I(3), five = I(5), m3 = I(-3), one = I(1);
    // a[::2] = [0]*5 (on 1..10)
    Ref<> b = ints({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    REQUIRE(set_item(b.get(), slice(nullptr, nullptr, two.get()).get(), ints({0, 0, 0, 0, 0}).get()) == 0);
    CHECK(repr_of(b.get()) == "[0, 2, 0, 4, 0, 6, 0, 8, 0, 10]");
    CHECK(set_item(b.get(), slice(nullptr, nullptr, two.get()).get(), ints({1, 2, 3}).get()) == -1);
    CHECK(take_error() == "ValueError: attempt to assign sequence of size 3 to extended slice of size 5");
    // del a[::3], del a[::-3]
    REQUIRE(del_item(a.get(), slice(nullptr, nullptr, three.get()).get()) == 0);
    CHECK(repr_of(a.get()) == "[1, 2, 4, 5, 7, 8]");
    Ref<> c = range_list(10);
    REQUIRE(del_item(c.get(), slice(nullptr, nullptr, m3.get()).get()) == 0);
    CHECK(repr_of(c.get()) == "[1, 2, 4, 5, 7, 8]");
    // a[2:5] = ['x'] ; a[1:1] = [7, 8]
    Ref<> d = range_list(10);
    Ref<> x = Ref<>::steal(str_from_utf8("x"));
    Ref<> xs = Ref<>::steal(list_new(0));
    REQUIRE(list_append(xs.get(), x.get()) == 0);
    REQUIRE(set_item(d.get(), slice(two.get(), five.get(), nullptr).get(), xs.get()) == 0);
    CHECK(repr_of(d.get()) == "[0, 1, 'x', 5, 6, 7, 8, 9]");
    REQUIRE(set_item(d.get(), slice(one.get(), one.get(), nullptr).get(), ints({7, 8}).get()) == 0);
    CHECK(repr_of(d.get()) == "[0, 7, 8, 1, 'x', 5, 6, 7, 8, 9]");
    CHECK(repr_of(Ref<>::steal(get_item(d.get(), slice(nullptr, nullptr, m3.get()).get())).get()) == "[9, 6, 1, 0]");
    // Errors.
    Ref<> empty = Ref<>::steal(list_new(0));
    Ref<> zero = I(0);
    CHECK(get_item(empty.get(), zero.get()) == nullptr);
    CHECK(take_error() == "IndexError: list index out of range");
    CHECK(set_item(ints({1}).get(), three.get(), one.get()) == -1);
    CHECK(take_error() == "IndexError: list assignment index out of range");
    CHECK(get_item(d.get(), x.get()) == nullptr);
    CHECK(take_error() == "TypeError: list indices must be integers or slices, not str");
    CHECK(hash(d.get()) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'list'");
    Ref<> t = Ref<>::steal(tuple_pack({one.get()}));
    CHECK(list_type.sq_concat(d.get(), t.get()) == nullptr);
    CHECK(take_error() == "TypeError: can only concatenate list (not \"tuple\") to list");
}

TEST_CASE("list methods and their errors", "[list]") {
    runtime_init();
    Ref<> empty = Ref<>::steal(list_new(0));
    CHECK(list_pop(empty.get()) == nullptr);
    CHECK(take_error() == "IndexError: pop from empty list");
    CHECK(list_pop(ints({1}).get(), 5) == nullptr);
    CHECK(take_error() == "IndexError: pop index out of range");
    Ref<> five = I(5);
    CHECK(list_index(ints({1}).get(), five.get()) == -1);
    CHECK(take_error() == "ValueError: 5 is not in list");
    CHECK(list_remove(ints({1}).get(), five.get()) == -1);
    CHECK(take_error() == "ValueError: list.remove(x): x not in list");

    Ref<> l = ints({3, 1, 2, 1});
    Ref<> one = I(1);
    CHECK(list_count(l.get(), one.get()) == 2);
    CHECK(list_index(l.get(), one.get()) == 1);
    CHECK(list_index(l.get(), one.get(), 2) == 3);
    REQUIRE(list_remove(l.get(), one.get()) == 0);
    CHECK(repr_of(l.get()) == "[3, 2, 1]");
    list_reverse(l.get());
    CHECK(repr_of(l.get()) == "[1, 2, 3]");
    REQUIRE(list_insert(l.get(), -1, I(9).get()) == 0);
    REQUIRE(list_insert(l.get(), 100, I(8).get()) == 0);
    REQUIRE(list_insert(l.get(), -100, I(7).get()) == 0);
    CHECK(repr_of(l.get()) == "[7, 1, 2, 9, 3, 8]");
    Ref<> popped = Ref<>::steal(list_pop(l.get(), 0));
    CHECK(repr_of(popped.get()) == "7");
    Ref<> copy = Ref<>::steal(list_copy(l.get()));
    CHECK(copy.get() != l.get());
    CHECK(rich_compare_bool(copy.get(), l.get(), EQ) == 1);
    // a.extend(a) doubles it.
    REQUIRE(list_extend(l.get(), l.get()) == 0);
    CHECK(repr_of(l.get()) == "[1, 2, 9, 3, 8, 1, 2, 9, 3, 8]");
    list_clear(l.get());
    CHECK(list_size(l.get()) == 0);
    CHECK(list_allocated(l.get()) == 0);
    // Comparisons.
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1, 3}).get(), LT) == 1);
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1, 2, 0}).get(), LT) == 1);
    CHECK(rich_compare_bool(ints({3}).get(), ints({1, 2}).get(), GT) == 1);
    CHECK(rich_compare_bool(ints({1, 2}).get(), ints({1, 2}).get(), EQ) == 1);
}

TEST_CASE("list iteration sees items appended meanwhile", "[list]") {
    runtime_init();
    Ref<> l = ints({1});
    Ref<> it = Ref<>::steal(get_iter(l.get()));
    CHECK(std::string(it->ob_type->tp_name) == "list_iterator");
    Ref<> a = Ref<>::steal(iter_next(it.get()));
    REQUIRE(list_append(l.get(), I(2).get()) == 0);
    Ref<> b = Ref<>::steal(iter_next(it.get()));
    REQUIRE(b);
    CHECK(repr_of(b.get()) == "2");
    CHECK(iter_next(it.get()) == nullptr);
    CHECK_FALSE(error_occurred());
    Ref<> rev = Ref<>::steal(list_reversed(l.get()));
    CHECK(std::string(rev->ob_type->tp_name) == "list_reverseiterator");
    Ref<> r1 = Ref<>::steal(iter_next(rev.get()));
    Ref<> r2 = Ref<>::steal(iter_next(rev.get()));
    CHECK(repr_of(r1.get()) + repr_of(r2.get()) == "21");
    CHECK(iter_next(rev.get()) == nullptr);
}

TEST_CASE("list.sort is stable, with reverse", "[list]") {
    runtime_init();
    // Sort 200 pairs (k, i) by... ints only here: sort a shuffled range.
    Ref<> l = Ref<>::steal(list_new(0));
    for (ssize_t i = 0; i < 300; ++i) REQUIRE(list_append(l.get(), I((i * 7919) % 300).get()) == 0);
    REQUIRE(list_sort(l.get()) == 0);
    bool sorted = true;
    for (ssize_t i = 0; i < 300; ++i) {
        ssize_t v;
        REQUIRE(int_as_ssize(list_item(l.get(), i), &v));
        sorted = sorted && v == i;
    }
    CHECK(sorted);
    REQUIRE(list_sort(l.get(), nullptr, true) == 0);
    ssize_t first;
    REQUIRE(int_as_ssize(list_item(l.get(), 0), &first));
    CHECK(first == 299);
    // Stability: tuples compared only by their first item through equal keys
    // cannot be built without a key function yet; equal ints keep identity order.
    Ref<> big1 = I(1000), big2 = I(1000), small = I(1);
    REQUIRE(big1.get() != big2.get());
    Ref<> s = Ref<>::steal(list_new(0));
    REQUIRE(list_append(s.get(), big1.get()) == 0);
    REQUIRE(list_append(s.get(), small.get()) == 0);
    REQUIRE(list_append(s.get(), big2.get()) == 0);
    REQUIRE(list_sort(s.get()) == 0);
    CHECK(list_item(s.get(), 1) == big1.get());
    CHECK(list_item(s.get(), 2) == big2.get());
    REQUIRE(list_sort(s.get(), nullptr, true) == 0);
    CHECK(list_item(s.get(), 0) == big1.get());  // reverse keeps equal items in order
    CHECK(list_item(s.get(), 1) == big2.get());
    // Mixed types cannot be ordered.
    Ref<> mixed = ints({1});
    Ref<> text = Ref<>::steal(str_from_utf8("a"));
    REQUIRE(list_append(mixed.get(), text.get()) == 0);
    CHECK(list_sort(mixed.get()) == -1);
    CHECK(take_error() == "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK(list_size(mixed.get()) == 2);
}

TEST_CASE("lists hold exactly one reference per item", "[list]") {
    runtime_init();
    Ref<> item = Ref<>::steal(list_new(0));
    ssize_t before = item->ob_refcnt;
    {
        Ref<> l = Ref<>::steal(list_new(0));
        for (int i = 0; i < 10; ++i) REQUIRE(list_append(l.get(), item.get()) == 0);
        CHECK(item->ob_refcnt == before + 10);
        Ref<> two = I(2);
        REQUIRE(del_item(l.get(), slice(nullptr, nullptr, two.get()).get()) == 0);
        CHECK(item->ob_refcnt == before + 5);
        Ref<> doubled = Ref<>::steal(list_type.sq_repeat(l.get(), 2));
        CHECK(item->ob_refcnt == before + 15);
        REQUIRE(list_set_slice(l.get(), 0, 2, nullptr) == 0);
        CHECK(item->ob_refcnt == before + 13);
        Ref<> p = Ref<>::steal(list_pop(l.get()));
        CHECK(item->ob_refcnt == before + 13);
        REQUIRE(list_sort(doubled.get()) == 0);
        CHECK(item->ob_refcnt == before + 13);
    }
    CHECK(item->ob_refcnt == before);
}

namespace {

// A callable for key= tests: negates ints, and (when `victim` is set)
// appends to that list on every call, to modify a list while it is sorted.
struct KeyFunc : Object {
    Object* victim;
};

Object* keyfunc_call(Object* self, Object* args, Object*) {
    auto* k = static_cast<KeyFunc*>(self);
    if (k->victim && list_append(k->victim, I(0).get()) < 0) return nullptr;
    return negative(tuple_item(args, 0));
}

void keyfunc_dealloc(Object*) {}

TypeObject make_keyfunc_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "keyfunc";
    t.tp_basicsize = sizeof(KeyFunc);
    t.tp_call = keyfunc_call;
    t.tp_dealloc = keyfunc_dealloc;
    return t;
}

TypeObject keyfunc_type = make_keyfunc_type();

}  // namespace

TEST_CASE("list.sort with a key function, and modification during sort", "[list]") {
    runtime_init();
    KeyFunc key{};
    key.ob_refcnt = 1;
    key.ob_type = &keyfunc_type;
    key.victim = nullptr;
    Ref<> l = ints({3, 1, 2, 5, 4});
    REQUIRE(list_sort(l.get(), &key) == 0);
    CHECK(repr_of(l.get()) == "[5, 4, 3, 2, 1]");
    REQUIRE(list_sort(l.get(), &key, true) == 0);
    CHECK(repr_of(l.get()) == "[1, 2, 3, 4, 5]");
    // While sorting, the list looks empty; appending to it is detected.
    key.victim = l.get();
    CHECK(list_sort(l.get(), &key) == -1);
    CHECK(take_error() == "ValueError: list modified during sort");
    CHECK(repr_of(l.get()) == "[5, 4, 3, 2, 1]");
}

namespace {

std::vector<ssize_t> values_of(Object* l) {
    std::vector<ssize_t> out;
    for (ssize_t i = 0; i < list_size(l); ++i) {
        ssize_t v = -999;
        REQUIRE(int_as_ssize(list_item(l, i), &v));
        out.push_back(v);
    }
    return out;
}

// Python's slice semantics on a std::vector, as the model.
std::vector<ssize_t> model_indices(ssize_t n, ssize_t start, ssize_t stop, ssize_t step) {
    ssize_t len = slice_adjust_indices(n, &start, &stop, step);
    std::vector<ssize_t> idx;
    for (ssize_t i = 0, cur = start; i < len; ++i, cur += step) idx.push_back(cur);
    return idx;
}

}  // namespace

TEST_CASE("random slice operations agree with a model", "[list]") {
    runtime_init();
    std::uint64_t seed = 12345;
    auto next = [&seed](ssize_t n) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<ssize_t>((seed >> 33) % static_cast<std::uint64_t>(n));
    };
    Ref<> l = Ref<>::steal(list_new(0));
    std::vector<ssize_t> model;
    ssize_t counter = 0;
    for (int round = 0; round < 3000; ++round) {
        ssize_t n = static_cast<ssize_t>(model.size());
        ssize_t a = next(2 * n + 3) - n - 1, b = next(2 * n + 3) - n - 1;
        ssize_t steps[] = {1, 1, 2, 3, -1, -2};
        ssize_t step = steps[next(6)];
        Ref<> sa = I(a), sb = I(b), ss = I(step);
        Ref<> sl = slice(sa.get(), sb.get(), ss.get());
        std::vector<ssize_t> idx = model_indices(n, a, b, step);
        int op = static_cast<int>(next(4));
        if (op == 0 && n < 200) {  // assign
            ssize_t count = step == 1 ? next(5) : static_cast<ssize_t>(idx.size());
            Ref<> src = Ref<>::steal(list_new(0));
            std::vector<ssize_t> vals;
            for (ssize_t i = 0; i < count; ++i) {
                vals.push_back(++counter);
                REQUIRE(list_append(src.get(), I(counter).get()) == 0);
            }
            REQUIRE(set_item(l.get(), sl.get(), src.get()) == 0);
            if (step == 1) {
                ssize_t s0 = a, s1 = b;
                slice_adjust_indices(n, &s0, &s1, 1);
                if (s1 < s0) s1 = s0;
                model.erase(model.begin() + s0, model.begin() + s1);
                model.insert(model.begin() + s0, vals.begin(), vals.end());
            } else {
                for (std::size_t i = 0; i < idx.size(); ++i) model[static_cast<std::size_t>(idx[i])] = vals[i];
            }
        } else if (op == 1) {  // delete
            REQUIRE(del_item(l.get(), sl.get()) == 0);
            std::vector<bool> gone(model.size());
            for (ssize_t i : idx) gone[static_cast<std::size_t>(i)] = true;
            std::vector<ssize_t> kept;
            for (std::size_t i = 0; i < model.size(); ++i)
                if (!gone[i]) kept.push_back(model[i]);
            model = kept;
        } else if (op == 2) {  // read
            Ref<> got = Ref<>::steal(get_item(l.get(), sl.get()));
            std::vector<ssize_t> expect;
            for (ssize_t i : idx) expect.push_back(model[static_cast<std::size_t>(i)]);
            REQUIRE(values_of(got.get()) == expect);
        } else if (n < 200) {  // append / insert
            ++counter;
            ssize_t where = next(n + 3) - 1;
            REQUIRE(list_insert(l.get(), where, I(counter).get()) == 0);
            ssize_t w = where < 0 ? std::max<ssize_t>(0, where + n) : std::min(where, n);
            model.insert(model.begin() + w, counter);
        }
        REQUIRE(values_of(l.get()) == model);
        // The allocation invariant list_resize keeps.
        REQUIRE(list_allocated(l.get()) >= list_size(l.get()));
    }
}

TEST_CASE("sorting agrees with std::stable_sort", "[list]") {
    runtime_init();
    std::uint64_t seed = 99;
    for (ssize_t n : {0, 1, 2, 31, 32, 33, 64, 65, 100, 1000, 5000}) {
        Ref<> l = Ref<>::steal(list_new(0));
        std::vector<ssize_t> model;
        for (ssize_t i = 0; i < n; ++i) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            auto v = static_cast<ssize_t>((seed >> 33) % 50);
            model.push_back(v);
            REQUIRE(list_append(l.get(), I(v).get()) == 0);
        }
        REQUIRE(list_sort(l.get()) == 0);
        std::stable_sort(model.begin(), model.end());
        CHECK(values_of(l.get()) == model);
    }
}

TEST_CASE("freeing deeply nested containers does not recurse (the trashcan)", "[list]") {
    runtime_init();
    // l = []; for _ in range(300000): l = [l]   -- then drop it.
    Object* l = list_new(0);
    for (int i = 0; i < 300000; ++i) {
        Object* outer = list_new(0);
        REQUIRE(list_append(outer, l) == 0);
        decref(l);
        l = outer;
    }
    decref(l);
    // The same through tuples (each holding a list).
    Object* t = tuple_new(0);
    for (int i = 0; i < 300000; ++i) {
        Object* box = list_new(0);
        REQUIRE(list_append(box, t) == 0);
        decref(t);
        t = tuple_pack({box});
        decref(box);
    }
    decref(t);
    ThreadState* ts = ThreadState::current();
    REQUIRE(ts);
    CHECK(ts->trash_delete_nesting == 0);
    CHECK(ts->trash_delete_later == nullptr);
}

namespace {

// An object ordered by an int that counts the '<' comparisons made on it:
// the same data sorted by python3 with a counting __lt__ gives the counts
// below, which only timsort's exact sequence of comparisons reproduces.
struct Counted : Object {
    ssize_t v;
};
ssize_t lt_calls = 0;

Object* counted_richcompare(Object* a, Object* b, int op) {
    ++lt_calls;
    REQUIRE(op == LT);
    return bool_from(static_cast<Counted*>(a)->v < static_cast<Counted*>(b)->v);
}
void counted_dealloc(Object* self) { delete static_cast<Counted*>(self); }

TypeObject make_counted_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "Counted";
    t.tp_basicsize = sizeof(Counted);
    t.tp_richcompare = counted_richcompare;
    t.tp_dealloc = counted_dealloc;
    return t;
}
TypeObject counted_type = make_counted_type();

ssize_t count_sort_comparisons(const std::vector<ssize_t>& data, bool reverse) {
    Ref<> l = Ref<>::steal(list_new(0));
    for (ssize_t v : data) {
        auto* c = new Counted{};
        c->ob_refcnt = 1;
        c->ob_type = &counted_type;
        c->v = v;
        REQUIRE(list_append(l.get(), c) == 0);
        decref(c);
    }
    lt_calls = 0;
    REQUIRE(list_sort(l.get(), nullptr, reverse) == 0);
    for (ssize_t i = 1; i < list_size(l.get()); ++i) {
        ssize_t a = static_cast<Counted*>(list_item(l.get(), i - 1))->v;
        ssize_t b = static_cast<Counted*>(list_item(l.get(), i))->v;
        REQUIRE((reverse ? a >= b : a <= b));
    }
    return lt_calls;
}

}  // namespace

TEST_CASE("list.sort makes exactly CPython's comparisons (timsort)", "[list]") {
    runtime_init();
    std::vector<ssize_t> d1, d2, d3, d4;
    for (ssize_t i = 0; i < 1000; ++i) d1.push_back((i * 7919) % 1000);
    for (ssize_t i = 0; i < 500; ++i) d2.push_back(i);
    for (ssize_t i = 0; i < 250; ++i) d2.push_back(i);
    for (ssize_t i = 800; i > 300; --i) d2.push_back(i);
    for (ssize_t i = 0; i < 3000; ++i) d3.push_back((i * 37) % 50);
    for (ssize_t i = 0; i < 100; ++i) d4.push_back(i % 7);
    // python3: the number of __lt__ calls made by list.sort on each.
    CHECK(count_sort_comparisons(d1, false) == 8525);
    CHECK(count_sort_comparisons(d2, false) == 2195);
    CHECK(count_sort_comparisons(d3, false) == 26919);
    CHECK(count_sort_comparisons(d4, false) == 494);
    CHECK(count_sort_comparisons(d1, true) == 8518);
    CHECK(count_sort_comparisons(d3, true) == 26667);
}

TEST_CASE("list.sort is stable with keys and reverse", "[list]") {
    runtime_init();
    KeyFunc key{};
    key.ob_refcnt = 1;
    key.ob_type = &keyfunc_type;
    key.victim = nullptr;
    for (bool reverse : {false, true}) {
        for (bool use_key : {false, true}) {
            // Distinct int objects (beyond the small-int cache) with many equal values.
            Ref<> l = Ref<>::steal(list_new(0));
            for (ssize_t i = 0; i < 2000; ++i) REQUIRE(list_append(l.get(), I(1000 + (i * 31) % 17).get()) == 0);
            std::vector<Object*> before(list_items(l.get()), list_items(l.get()) + 2000);
            REQUIRE(list_sort(l.get(), use_key ? &key : nullptr, reverse) == 0);
            // Equal items must keep their original relative order.
            bool stable = true;
            for (ssize_t i = 1; i < 2000; ++i) {
                Object* a = list_item(l.get(), i - 1);
                Object* b = list_item(l.get(), i);
                if (rich_compare_bool(a, b, EQ) == 1) {
                    auto pa = std::find(before.begin(), before.end(), a);
                    auto pb = std::find(before.begin(), before.end(), b);
                    stable = stable && pa < pb;
                }
            }
            CHECK(stable);
        }
    }
}
