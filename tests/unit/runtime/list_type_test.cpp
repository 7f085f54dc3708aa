// list's method table (runtime/list_type.cpp), called the way LOAD_METHOD
// does, through the method descriptors type_ready made from it: results
// and CPython 3.11's messages (each as python3 prints it for the same call).
#include <catch2/catch.hpp>

#include <string>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

using namespace glasspy::rt;

namespace {

// "TypeName: message" of the pending exception, which is cleared.
std::string take_error() {
    Ref<> e = fetch_error();
    if (!e) return "<no error>";
    Ref<> s = Ref<>::steal(str(e.get()));
    return std::string(e->ob_type->tp_name) + ": " + (s ? str_to_utf8(s.get()) : "?");
}

std::string repr_of(Object* o) {
    Ref<> r = Ref<>::steal(repr(o));
    REQUIRE(r);
    return str_to_utf8(r.get());
}

// obj.name(*positional, **{kwnames[i]: ...}): args holds the positional
// arguments, then one value per keyword name.
Ref<> call_method(Object* obj, const char* name, std::initializer_list<Object*> args,
                  Object* kwnames = nullptr) {
    Ref<> bound = Ref<>::steal(get_attr_str(obj, name));
    REQUIRE(bound);
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    return Ref<>::steal(call(bound.get(), args.begin(), args.size() - nkw, kwnames));
}

Ref<> I(ssize_t v) {
    return Ref<>::steal(int_from_ssize(v));
}
Ref<> S(const char* s) {
    return Ref<>::steal(str_from_utf8(s));
}

}  // namespace

TEST_CASE("list methods through their descriptors", "[list_type]") {
    runtime_init();
    Ref<> l = Ref<>::steal(list_new(0));
    Ref<> three = I(3), one = I(1), two = I(2);
    for (Object* v : {three.get(), one.get(), two.get()})
        CHECK(call_method(l.get(), "append", {v}).get() == None());
    CHECK(repr_of(l.get()) == "[3, 1, 2]");
    Ref<> reverse = S("reverse");
    Ref<> kw = Ref<>::steal(tuple_pack({reverse.get()}));
    CHECK(call_method(l.get(), "sort", {true_object}, kw.get()).get() == None());
    CHECK(repr_of(l.get()) == "[3, 2, 1]");
    Ref<> r = call_method(l.get(), "index", {one.get()});
    REQUIRE(r);
    CHECK(repr_of(r.get()) == "2");
    CHECK_FALSE(call_method(l.get(), "pop", {three.get()}));
    CHECK(take_error() == "IndexError: pop index out of range");
    CHECK_FALSE(call_method(l.get(), "append", {}));
    CHECK(take_error() == "TypeError: list.append() takes exactly one argument (0 given)");
    CHECK_FALSE(call_method(l.get(), "sort", {one.get()}));
    CHECK(take_error() == "TypeError: sort() takes no positional arguments");
    CHECK_FALSE(call_method(l.get(), "index", {one.get(), None()}));
    CHECK(take_error() == "TypeError: slice indices must be integers or have an __index__ method");
    CHECK_FALSE(call_method(l.get(), "insert", {one.get()}));
    CHECK(take_error() == "TypeError: insert expected 2 arguments, got 1");
}

TEST_CASE("list.index clamps huge bounds instead of overflowing", "[list_type]") {
    runtime_init();
    Ref<> l = Ref<>::steal(list_new(0));
    Ref<> seven = I(7);
    REQUIRE(list_append(l.get(), seven.get()) == 0);
    Ref<> huge = Ref<>::steal(int_from_decimal("100000000000000000000000"));
    Ref<> minus = Ref<>::steal(negative(huge.get()));
    Ref<> r = call_method(l.get(), "index", {seven.get(), minus.get(), huge.get()});
    REQUIRE(r);
    CHECK(repr_of(r.get()) == "0");
}
