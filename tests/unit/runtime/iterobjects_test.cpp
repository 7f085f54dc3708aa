// The iterator types of iterobjects.cpp driven from C++: the sequence
// iterator over an object that has only sq_item (str today), reversed over
// one, zip/map/enumerate built through their types' tp_new, the GC
// traversal of each (every held reference is visited), and refcounts
// returning to where they started.  Expected values are what python3
// (3.11) prints.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/list.hpp"
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

// list(it) as its repr.
std::string drain(Object* it) {
    REQUIRE(it);
    Ref<> l = Ref<>::steal(list_from_iterable(it));
    REQUIRE(l);
    return repr_of(l.get());
}

Ref<> S(const char* s) { return Ref<>::steal(str_from_utf8(s)); }

// Calls a type the way the VM does: type_call with a tuple of arguments.
Ref<> call_type(TypeObject* t, std::initializer_list<Object*> args) {
    std::vector<Object*> v(args);
    return Ref<>::steal(call(t, v.data(), v.size()));
}

// A built-in function that returns its one argument doubled (x + x).
Object* twice(Object*, Object* const* args, ssize_t, Object*) { return binary_op(args[0], args[0], BinaryOp::Add); }
const BuiltinDef TWICE = {"twice", twice, nullptr};

int count_visit(Object*, void* arg) {
    ++*static_cast<int*>(arg);
    return 0;
}

int visits(Object* o) {
    int n = 0;
    REQUIRE(o->ob_type->tp_traverse);
    o->ob_type->tp_traverse(o, count_visit, &n);
    return n;
}

}  // namespace

TEST_CASE("the sequence iterator walks sq_item until IndexError", "[iterobjects]") {
    runtime_init();
    iterobjects_init();
    Ref<> s = S("abc");
    ssize_t before = s->ob_refcnt;
    {
        Ref<> it = Ref<>::steal(seqiter_new(s.get()));
        REQUIRE(it->ob_type == &seqiter_type);
        CHECK(visits(it.get()) == 1);
        CHECK(drain(it.get()) == "['a', 'b', 'c']");
        // Exhausted: the sequence was dropped, and stays exhausted.
        CHECK(visits(it.get()) == 0);
        CHECK(iter_next(it.get()) == nullptr);
        CHECK_FALSE(error_occurred());
    }
    CHECK(s->ob_refcnt == before);
}

TEST_CASE("reversed over a sequence without __reversed__", "[iterobjects]") {
    runtime_init();
    iterobjects_init();
    Ref<> s = S("xyz");
    Ref<> r = Ref<>::steal(reversed_new(s.get()));
    REQUIRE(r->ob_type == &reversed_type);
    CHECK(drain(r.get()) == "['z', 'y', 'x']");
    Ref<> n = Ref<>::steal(int_from_ssize(5));
    CHECK_FALSE(reversed_new(n.get()));
    Ref<> e = fetch_error();
    CHECK(repr_of(e.get()) == "TypeError(\"'int' object is not reversible\")");
}

TEST_CASE("zip, map and enumerate through their types", "[iterobjects]") {
    runtime_init();
    iterobjects_init();
    // Tuples: get_iter has no sequence-protocol fallback for str yet.
    Ref<> sa = S("a"), sb = S("b"), sx = S("x"), sy = S("y"), sz = S("z");
    Ref<> a = Ref<>::steal(tuple_pack({sa.get(), sb.get()}));
    Ref<> b = Ref<>::steal(tuple_pack({sx.get(), sy.get(), sz.get()}));
    Ref<> z = call_type(&zip_type, {a.get(), b.get()});
    REQUIRE(z);
    CHECK(visits(z.get()) == 1);  // the tuple of iterators
    CHECK(drain(z.get()) == "[('a', 'x'), ('b', 'y')]");
    Ref<> start = Ref<>::steal(int_from_ssize(3));
    Ref<> en = call_type(&enumerate_type, {a.get(), start.get()});
    REQUIRE(en);
    CHECK(drain(en.get()) == "[(3, 'a'), (4, 'b')]");
    Ref<> f = Ref<>::steal(builtin_function_new(&TWICE, nullptr));
    Ref<> m = call_type(&map_type, {f.get(), a.get()});
    REQUIRE(m);
    CHECK(visits(m.get()) == 2);  // the iterators and the function
    CHECK(drain(m.get()) == "['aa', 'bb']");
    CHECK_FALSE(call_type(&map_type, {f.get()}));
    Ref<> e = fetch_error();
    CHECK(repr_of(e.get()) == "TypeError('map() must have at least two arguments.')");
}
