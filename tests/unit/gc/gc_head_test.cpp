// The GC header and the generation lists: container objects are allocated
// with a two-word header, start untracked, join generation 0 when tracked,
// and count in generation 0's allocation count until they are freed
// (CPython 3.11's thresholds are 700/10/10).
#include <catch2/catch.hpp>

#include "gc/gc_head.hpp"
#include "runtime/alloc.hpp"
#include "runtime/state.hpp"
#include "runtime/type.hpp"

using namespace glasspy;
using rt::Object;

namespace {

rt::TypeObject gc_type() {
    rt::TypeObject t;
    t.ob_refcnt = 1;
    t.ob_type = nullptr;
    t.tp_name = "container";
    t.tp_basicsize = sizeof(Object);
    t.tp_flags = rt::TPFLAGS_HAVE_GC;
    t.tp_dealloc = [](Object* op) { rt::free_object(op); };
    return t;
}

}  // namespace

TEST_CASE("CPython's default thresholds", "[gc]") {
    gc::GCState state;
    CHECK(state.generations[0].threshold == 700);
    CHECK(state.generations[1].threshold == 10);
    CHECK(state.generations[2].threshold == 10);
    CHECK(gc::list_length(state.generations[0]) == 0);
}

TEST_CASE("GC allocation counts in generation 0 and tracking links the object", "[gc]") {
    rt::TypeObject type = gc_type();
    gc::GCState& state = rt::interp().gc;
    int before = state.generations[0].count;
    rt::ssize_t listed = gc::list_length(state.generations[0]);

    Object* a = rt::alloc_object(&type);
    Object* b = rt::alloc_object(&type);
    CHECK(state.generations[0].count == before + 2);
    CHECK_FALSE(gc::is_tracked(a));

    gc::track(state, a);
    gc::track(state, b);
    CHECK(gc::is_tracked(a));
    CHECK(gc::list_length(state.generations[0]) == listed + 2);

    gc::untrack(a);
    CHECK_FALSE(gc::is_tracked(a));
    CHECK(gc::list_length(state.generations[0]) == listed + 1);

    rt::decref(a);
    rt::decref(b);  // freeing a tracked object untracks it
    CHECK(gc::list_length(state.generations[0]) == listed);
    CHECK(state.generations[0].count == before);
}
