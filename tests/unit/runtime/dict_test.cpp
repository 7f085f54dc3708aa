// The dict type: CPython 3.11's compact layout read through getsizeof and
// the keys table (unicode vs general entries, the resize policy GROWTH_RATE
// = used*3 and its rounding), insertion order through deletions, KeyError
// carrying the key, the iterator's size check, the free list, and reference
// counts.  Every expected value is what python3 (3.11) prints.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>
#include <algorithm>
#include <vector>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/range.hpp"
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
    Ref<> r = Ref<>::steal(repr(e.get()));
    return r ? str_to_utf8(r.get()) : "?";
}

Ref<> I(ssize_t v) { return Ref<>::steal(int_from_ssize(v)); }
Ref<> S(std::string_view s) { return Ref<>::steal(str_from_utf8(s)); }
ssize_t getsizeof_dict(Object* d) { return dict_sizeof(d) + 16; }

}  // namespace

TEST_CASE("dict sizes: unicode and general keys tables", "[dict]") {
    runtime_init();
    Ref<> empty = Ref<>::steal(dict_new());
    CHECK(getsizeof_dict(empty.get()) == 64);
    CHECK_FALSE(glasspy::gc::is_tracked(empty.get()));
    Ref<> a = Ref<>::steal(dict_new());
    REQUIRE(dict_setitem(a.get(), S("a").get(), I(1).get()) == 0);
    CHECK(getsizeof_dict(a.get()) == 184);
    CHECK(dict_layout(a.get()).unicode);
    Ref<> one = Ref<>::steal(dict_new());
    REQUIRE(dict_setitem(one.get(), I(1).get(), I(1).get()) == 0);
    CHECK(getsizeof_dict(one.get()) == 224);
    CHECK_FALSE(dict_layout(one.get()).unicode);
    // d = {'a': 1}; d[1] = 1: the table turns general and resizes to 16 slots.
    REQUIRE(dict_setitem(a.get(), I(1).get(), I(1).get()) == 0);
    CHECK(getsizeof_dict(a.get()) == 352);
    CHECK(dict_layout(a.get()).log2_size == 4);
}

TEST_CASE("dict growth follows GROWTH_RATE = used * 3", "[dict]") {
    runtime_init();
    // python3: sys.getsizeof(d) after each d[i] = i, and after each d[str(i)] = i.
    const std::vector<ssize_t> by_int{224, 224, 224, 224, 224, 352, 352, 352, 352, 352,
                                      632, 632, 632, 632, 632, 632, 632, 632, 632, 632,
                                      632, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168};
    const std::vector<ssize_t> by_str{184, 184, 184, 184, 184, 272, 272, 272, 272, 272,
                                      464, 464, 464, 464, 464, 464, 464, 464, 464, 464,
                                      464, 832, 832, 832, 832, 832, 832, 832, 832, 832};
    Ref<> di = Ref<>::steal(dict_new());
    Ref<> ds = Ref<>::steal(dict_new());
    std::vector<ssize_t> got_int, got_str;
    for (int i = 0; i < 30; ++i) {
        REQUIRE(dict_setitem(di.get(), I(i).get(), I(i).get()) == 0);
        got_int.push_back(getsizeof_dict(di.get()));
        REQUIRE(dict_setitem(ds.get(), S(std::to_string(i)).get(), I(i).get()) == 0);
        got_str.push_back(getsizeof_dict(ds.get()));
    }
    CHECK(got_int == by_int);
    CHECK(got_str == by_str);
    CHECK(dict_size(di.get()) == 30);
    for (int i = 0; i < 30; ++i) {
        Object* v = dict_getitem(di.get(), I(i).get());
        REQUIRE(v);
        ssize_t x;
        REQUIRE(int_as_ssize(v, &x));
        CHECK(x == i);
    }
}

TEST_CASE("deleting leaves dummies; copy and order", "[dict]") {
    runtime_init();
    Ref<> d = Ref<>::steal(dict_new());
    for (int i = 0; i < 10; ++i) REQUIRE(dict_setitem(d.get(), I(i).get(), I(i).get()) == 0);
    for (int i = 0; i < 9; ++i) REQUIRE(dict_delitem(d.get(), I(i).get()) == 0);
    CHECK(getsizeof_dict(d.get()) == 352);
    CHECK(repr_of(d.get()) == "{9: 9}");
    CHECK(dict_layout(d.get()).nentries == 10);
    Ref<> c = Ref<>::steal(dict_copy(d.get()));
    CHECK(getsizeof_dict(c.get()) == 352);
    CHECK(dict_layout(c.get()).nentries == 1);
    // d = {'b': 1, 'a': 2}; d['c'] = 3; del d['b']; d['b'] = 4
    Ref<> e = Ref<>::steal(dict_new());
    REQUIRE(dict_setitem_str(e.get(), "b", I(1).get()) == 0);
    REQUIRE(dict_setitem_str(e.get(), "a", I(2).get()) == 0);
    REQUIRE(dict_setitem_str(e.get(), "c", I(3).get()) == 0);
    REQUIRE(dict_delitem_str(e.get(), "b") == 0);
    REQUIRE(dict_setitem_str(e.get(), "b", I(4).get()) == 0);
    CHECK(repr_of(e.get()) == "{'a': 2, 'c': 3, 'b': 4}");
    CHECK(repr_of(Ref<>::steal(dict_keys(e.get())).get()) == "['a', 'c', 'b']");
    CHECK(repr_of(Ref<>::steal(dict_values(e.get())).get()) == "[2, 3, 4]");
    CHECK(repr_of(Ref<>::steal(dict_items(e.get())).get()) == "[('a', 2), ('c', 3), ('b', 4)]");
    Object* v = dict_getitem_str(e.get(), "c");
    REQUIRE(v);
    CHECK(repr_of(v) == "3");
    CHECK(dict_getitem_str(e.get(), "zz") == nullptr);
    CHECK_FALSE(error_occurred());
}

TEST_CASE("dict repr, equality and errors", "[dict]") {
    runtime_init();
    Ref<> d = Ref<>::steal(dict_new());
    Ref<> l = Ref<>::steal(list_new(0));
    REQUIRE(list_append(l.get(), I(1).get()) == 0);
    Ref<> t = Ref<>::steal(tuple_pack({I(2).get()}));
    REQUIRE(list_append(l.get(), t.get()) == 0);
    REQUIRE(dict_setitem_str(d.get(), "a", l.get()) == 0);
    REQUIRE(dict_setitem(d.get(), I(3).get(), None()) == 0);
    CHECK(repr_of(d.get()) == "{'a': [1, (2,)], 3: None}");
    CHECK(glasspy::gc::is_tracked(d.get()));  // it holds a list now
    // d = {}; d['a'] = d
    Ref<> self = Ref<>::steal(dict_new());
    REQUIRE(dict_setitem_str(self.get(), "a", self.get()) == 0);
    CHECK(repr_of(self.get()) == "{'a': {...}}");
    dict_clear(self.get());
    CHECK(getsizeof_dict(self.get()) == 64);

    Ref<> empty = Ref<>::steal(dict_new());
    CHECK(get_item(empty.get(), S("x").get()) == nullptr);
    CHECK(take_error() == "KeyError('x')");
    Ref<> key = Ref<>::steal(tuple_pack({I(1).get(), I(2).get()}));
    CHECK(get_item(empty.get(), key.get()) == nullptr);
    CHECK(take_error() == "KeyError((1, 2))");
    CHECK(dict_delitem(empty.get(), I(5).get()) == -1);
    CHECK(take_error() == "KeyError(5)");
    CHECK(dict_popitem(empty.get()) == nullptr);
    CHECK(take_error() == "KeyError('popitem(): dictionary is empty')");
    CHECK(dict_setitem(empty.get(), l.get(), I(1).get()) == -1);
    CHECK(take_error() == "TypeError(\"unhashable type: 'list'\")");
    CHECK(hash(empty.get()) == -1);
    CHECK(take_error() == "TypeError(\"unhashable type: 'dict'\")");

    Ref<> x = Ref<>::steal(dict_new()), y = Ref<>::steal(dict_new()), z = Ref<>::steal(dict_new());
    REQUIRE(dict_setitem(x.get(), I(1).get(), I(2).get()) == 0);
    REQUIRE(dict_setitem(y.get(), I(1).get(), I(2).get()) == 0);
    REQUIRE(dict_setitem(z.get(), I(1).get(), I(3).get()) == 0);
    CHECK(rich_compare_bool(x.get(), y.get(), EQ) == 1);
    CHECK(rich_compare_bool(x.get(), z.get(), EQ) == 0);
    CHECK(rich_compare_bool(x.get(), z.get(), NE) == 1);
}

TEST_CASE("dict methods", "[dict]") {
    runtime_init();
    Ref<> d = Ref<>::steal(dict_new());
    REQUIRE(dict_setitem(d.get(), I(1).get(), I(1).get()) == 0);
    REQUIRE(dict_setitem(d.get(), I(2).get(), I(2).get()) == 0);
    Ref<> item = Ref<>::steal(dict_popitem(d.get()));
    CHECK(repr_of(item.get()) == "(2, 2)");
    CHECK(repr_of(d.get()) == "{1: 1}");
    CHECK(repr_of(Ref<>::steal(dict_get(d.get(), I(7).get(), nullptr)).get()) == "None");
    CHECK(repr_of(Ref<>::steal(dict_get(d.get(), I(1).get(), nullptr)).get()) == "1");
    CHECK(repr_of(Ref<>::steal(dict_setdefault(d.get(), I(5).get(), I(50).get())).get()) == "50");
    CHECK(repr_of(Ref<>::steal(dict_setdefault(d.get(), I(5).get(), I(60).get())).get()) == "50");
    CHECK(repr_of(Ref<>::steal(dict_pop(d.get(), I(5).get(), nullptr)).get()) == "50");
    CHECK(repr_of(Ref<>::steal(dict_pop(d.get(), I(5).get(), I(0).get())).get()) == "0");
    CHECK(dict_pop(d.get(), I(5).get(), nullptr) == nullptr);
    CHECK(take_error() == "KeyError(5)");
    Ref<> r = Ref<>::steal(range_from_ssize(0, 3));
    CHECK(repr_of(Ref<>::steal(dict_fromkeys(r.get(), nullptr)).get()) == "{0: None, 1: None, 2: None}");
    Ref<> pairs = Ref<>::steal(list_new(0));
    REQUIRE(list_append(pairs.get(), Ref<>::steal(tuple_pack({I(1).get(), I(2).get()})).get()) == 0);
    REQUIRE(list_append(pairs.get(), Ref<>::steal(tuple_pack({I(3).get(), I(4).get()})).get()) == 0);
    Ref<> u = Ref<>::steal(dict_new());
    REQUIRE(dict_update(u.get(), pairs.get()) == 0);
    CHECK(repr_of(u.get()) == "{1: 2, 3: 4}");
    Ref<> bad = Ref<>::steal(list_new(0));
    REQUIRE(list_append(bad.get(), I(1).get()) == 0);
    CHECK(dict_update(u.get(), bad.get()) == -1);
    CHECK(take_error() ==
          "TypeError('cannot convert dictionary update sequence element #0 to a sequence')");
    Ref<> bad3 = Ref<>::steal(list_new(0));
    REQUIRE(list_append(bad3.get(), Ref<>::steal(tuple_pack({I(1).get(), I(2).get(), I(3).get()})).get()) == 0);
    CHECK(dict_update(u.get(), bad3.get()) == -1);
    CHECK(take_error() == "ValueError('dictionary update sequence element #0 has length 3; 2 is required')");
    // update from a dict merges in order, replacing values.
    Ref<> v = Ref<>::steal(dict_new());
    REQUIRE(dict_setitem(v.get(), I(3).get(), I(30).get()) == 0);
    REQUIRE(dict_setitem(v.get(), I(5).get(), I(50).get()) == 0);
    REQUIRE(dict_update(u.get(), v.get()) == 0);
    CHECK(repr_of(u.get()) == "{1: 2, 3: 30, 5: 50}");
    CHECK(dict_contains(u.get(), I(5).get()) == 1);
    CHECK(dict_contains(u.get(), I(6).get()) == 0);
}

TEST_CASE("dict iteration: order, and changing size is an error", "[dict]") {
    runtime_init();
    Ref<> d = Ref<>::steal(dict_new());
    for (int i : {5, 3, 9}) REQUIRE(dict_setitem(d.get(), I(i).get(), I(i * 10).get()) == 0);
    std::string keys;
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(d.get(), &pos, &k, &v)) keys += repr_of(k) + ",";
    CHECK(keys == "5,3,9,");
    Ref<> it = Ref<>::steal(get_iter(d.get()));
    CHECK(std::string(it->ob_type->tp_name) == "dict_keyiterator");
    Ref<> first = Ref<>::steal(iter_next(it.get()));
    CHECK(repr_of(first.get()) == "5");
    REQUIRE(dict_setitem(d.get(), I(100).get(), I(0).get()) == 0);
    CHECK(iter_next(it.get()) == nullptr);
    CHECK(take_error() == "RuntimeError('dictionary changed size during iteration')");
}

TEST_CASE("a freed dict is reused by the next dict_new", "[dict]") {
    runtime_init();
    Object* d = dict_new();
    REQUIRE(dict_setitem_str(d, "k", I(1).get()) == 0);
    Object* address = d;
    decref(d);
    Ref<> again = Ref<>::steal(dict_new());
    CHECK(again.get() == address);
    CHECK(dict_size(again.get()) == 0);
    CHECK(getsizeof_dict(again.get()) == 64);
}

TEST_CASE("dicts hold one reference per key and value", "[dict]") {
    runtime_init();
    Ref<> key = Ref<>::steal(tuple_pack({I(1000).get()}));
    Ref<> value = Ref<>::steal(list_new(0));
    ssize_t kb = key->ob_refcnt, vb = value->ob_refcnt;
    {
        Ref<> d = Ref<>::steal(dict_new());
        REQUIRE(dict_setitem(d.get(), key.get(), value.get()) == 0);
        CHECK(key->ob_refcnt == kb + 1);
        CHECK(value->ob_refcnt == vb + 1);
        REQUIRE(dict_setitem(d.get(), key.get(), value.get()) == 0);  // replace with itself
        CHECK(key->ob_refcnt == kb + 1);
        CHECK(value->ob_refcnt == vb + 1);
        Ref<> c = Ref<>::steal(dict_copy(d.get()));
        CHECK(key->ob_refcnt == kb + 2);
        for (int i = 0; i < 20; ++i) REQUIRE(dict_setitem(d.get(), I(i).get(), value.get()) == 0);
        CHECK(value->ob_refcnt == vb + 22);
        REQUIRE(dict_delitem(d.get(), key.get()) == 0);
        CHECK(key->ob_refcnt == kb + 1);
        Ref<> popped = Ref<>::steal(dict_popitem(d.get()));
        CHECK(value->ob_refcnt == vb + 21);
    }
    CHECK(key->ob_refcnt == kb);
    CHECK(value->ob_refcnt == vb);
}

TEST_CASE("large dicts use 2- and 4-byte indices", "[dict]") {
    runtime_init();
    // python3: d = {}; for i in range(n): d[i] = i; sys.getsizeof(d)
    const std::pair<ssize_t, ssize_t> cases[] = {{200, 9304}, {1000, 36952}, {50000, 2621528}, {100000, 5242960}};
    for (auto [n, size] : cases) {
        Ref<> d = Ref<>::steal(dict_new());
        for (ssize_t i = 0; i < n; ++i) REQUIRE(dict_setitem(d.get(), I(i).get(), I(i).get()) == 0);
        CHECK(getsizeof_dict(d.get()) == size);
        bool all_found = true;
        for (ssize_t i = 0; i < n; i += 7) all_found = all_found && dict_getitem(d.get(), I(i).get()) != nullptr;
        CHECK(all_found);
        if (n == 1000) {
            CHECK(dict_layout(d.get()).log2_index_bytes - dict_layout(d.get()).log2_size == 1);
            // Delete every other key: the table keeps its size; a copy is rebuilt smaller.
            for (ssize_t i = 0; i < n; i += 2) REQUIRE(dict_delitem(d.get(), I(i).get()) == 0);
            CHECK(getsizeof_dict(d.get()) == 36952);
            CHECK(dict_size(d.get()) == 500);
            CHECK(getsizeof_dict(Ref<>::steal(dict_copy(d.get())).get()) == 18512);
            CHECK(dict_getitem(d.get(), I(999).get()) != nullptr);
            CHECK(dict_getitem(d.get(), I(998).get()) == nullptr);
        }
        if (n == 100000) CHECK(dict_layout(d.get()).log2_index_bytes - dict_layout(d.get()).log2_size == 2);
    }
}

TEST_CASE("random inserts and deletes keep insertion order", "[dict]") {
    runtime_init();
    std::uint64_t seed = 7;
    auto next = [&seed](ssize_t n) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<ssize_t>((seed >> 33) % static_cast<std::uint64_t>(n));
    };
    for (bool strings : {false, true}) {
        Ref<> d = Ref<>::steal(dict_new());
        std::vector<std::pair<ssize_t, ssize_t>> model;  // insertion-ordered
        auto key_of = [&](ssize_t k) { return strings ? S(fmt::format("k{}", k)) : I(k); };
        for (int round = 0; round < 4000; ++round) {
            ssize_t k = next(300);
            auto found = std::find_if(model.begin(), model.end(), [k](auto& p) { return p.first == k; });
            if (next(3) == 0) {
                if (found == model.end()) {
                    CHECK(dict_delitem(d.get(), key_of(k).get()) == -1);
                    clear_error();
                } else {
                    REQUIRE(dict_delitem(d.get(), key_of(k).get()) == 0);
                    model.erase(found);
                }
            } else {
                REQUIRE(dict_setitem(d.get(), key_of(k).get(), I(round).get()) == 0);
                if (found == model.end()) model.push_back({k, round});
                else found->second = round;
            }
        }
        REQUIRE(dict_size(d.get()) == static_cast<ssize_t>(model.size()));
        ssize_t pos = 0, i = 0;
        Object *key, *value;
        bool same = true;
        while (dict_next(d.get(), &pos, &key, &value)) {
            ssize_t v;
            REQUIRE(int_as_ssize(value, &v));
            same = same && v == model[static_cast<std::size_t>(i)].second &&
                   repr_of(key) == repr_of(key_of(model[static_cast<std::size_t>(i)].first).get());
            ++i;
        }
        CHECK(same);
        CHECK(dict_layout(d.get()).unicode == strings);
    }
}

TEST_CASE("freeing deeply nested dicts does not recurse", "[dict]") {
    runtime_init();
    Object* d = dict_new();
    for (int i = 0; i < 300000; ++i) {
        Object* outer = dict_new();
        REQUIRE(dict_setitem_str(outer, "d", d) == 0);
        decref(d);
        d = outer;
    }
    decref(d);
    CHECK(ThreadState::current()->trash_delete_later == nullptr);
}
