// The object header and reference counting: counts change by exactly one per
// incref/decref, tp_dealloc runs when a count reaches zero, every change is
// reported to the refcount hook while it is set (and only then), and a new
// object holds a reference to its type.
#include <catch2/catch.hpp>

#include <vector>

#include "runtime/alloc.hpp"
#include "runtime/state.hpp"
#include "runtime/type.hpp"

using namespace glasspy::rt;

namespace {

int deallocs = 0;

void counting_dealloc(Object* op) {
    ++deallocs;
    free_object(op);
}

TypeObject make_type(const char* name, unsigned long flags) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.ob_type = nullptr;
    t.tp_name = name;
    t.tp_basicsize = sizeof(Object);
    t.tp_flags = flags;
    t.tp_dealloc = counting_dealloc;
    return t;
}

struct Change {
    Object* op;
    ssize_t from, to;
};

void record(void* context, Object* op, ssize_t from, ssize_t to) {
    static_cast<std::vector<Change>*>(context)->push_back({op, from, to});
}

}  // namespace

TEST_CASE("a new object has one reference and holds one to its type", "[object]") {
    TypeObject type = make_type("plain", 0);
    Object* op = alloc_object(&type);
    REQUIRE(op != nullptr);
    CHECK(op->ob_refcnt == 1);
    CHECK(op->ob_type == &type);
    CHECK(type.ob_refcnt == 2);
    deallocs = 0;
    decref(op);
    CHECK(deallocs == 1);
    CHECK(type.ob_refcnt == 1);
}

TEST_CASE("incref and decref change the count by one; zero deallocates", "[object]") {
    TypeObject type = make_type("plain", 0);
    Object* op = alloc_object(&type);
    incref(op);
    incref(op);
    CHECK(op->ob_refcnt == 3);
    deallocs = 0;
    decref(op);
    decref(op);
    CHECK(op->ob_refcnt == 1);
    CHECK(deallocs == 0);
    decref(op);
    CHECK(deallocs == 1);
}

TEST_CASE("Ref owns exactly one reference", "[object]") {
    TypeObject type = make_type("plain", 0);
    deallocs = 0;
    {
        Ref<> a = Ref<>::steal(alloc_object(&type));
        CHECK(a->ob_refcnt == 1);
        Ref<> b = a;
        CHECK(a->ob_refcnt == 2);
        Ref<> c = std::move(b);
        CHECK(a->ob_refcnt == 2);
        CHECK(!b);
        Ref<> d = Ref<>::borrow(a.get());
        CHECK(a->ob_refcnt == 3);
    }
    CHECK(deallocs == 1);
}

TEST_CASE("clear() nulls the field before dropping the reference", "[object]") {
    TypeObject type = make_type("plain", 0);
    Object* field = alloc_object(&type);
    deallocs = 0;
    clear(field);
    CHECK(field == nullptr);
    CHECK(deallocs == 1);
    clear(field);  // clearing an empty field does nothing
    CHECK(deallocs == 1);
}

TEST_CASE("the refcount hook sees every change, with old and new counts", "[object][trace]") {
    TypeObject type = make_type("plain", 0);
    Object* op = alloc_object(&type);
    std::vector<Change> seen;
    interp().set_refcount_hook(record, &seen);
    incref(op);
    decref(op);
    interp().set_refcount_hook(nullptr, nullptr);
    incref(op);  // not traced any more
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].op == op);
    CHECK(seen[0].from == 1);
    CHECK(seen[0].to == 2);
    CHECK(seen[1].from == 2);
    CHECK(seen[1].to == 1);
    decref(op);
    decref(op);
}
