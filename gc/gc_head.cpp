// Tracking lists and GC allocation (see gc_head.hpp).  The collection
// algorithm itself (update_refs, subtract_refs, move_unreachable, ...) lives
// in gc/collector.cpp with the Memory issue (TODO(#6)).
#include "gc/gc_head.hpp"

#include <cstdlib>

#include "runtime/obmalloc.hpp"

namespace glasspy::gc {

namespace {

void init_list(GCHead& head) {
    head.gc_next = reinterpret_cast<std::uintptr_t>(&head);
    head.gc_prev = reinterpret_cast<std::uintptr_t>(&head);
}

GCHead* prev_of(const GCHead* g) { return reinterpret_cast<GCHead*>(g->gc_prev & ~PREV_FLAGS); }

void set_prev(GCHead* g, GCHead* prev) {
    g->gc_prev = reinterpret_cast<std::uintptr_t>(prev) | (g->gc_prev & PREV_FLAGS);
}

}  // namespace

GCState::GCState() {
    for (Generation& g : generations) init_list(g.head);
    init_list(permanent.head);
}

void track(GCState& gc, rt::Object* op) {
    GCHead* g = head_of(op);
    GCHead* list = &gc.generations[0].head;
    GCHead* last = prev_of(list);
    g->gc_next = reinterpret_cast<std::uintptr_t>(list);
    set_prev(g, last);
    last->gc_next = reinterpret_cast<std::uintptr_t>(g);
    set_prev(list, g);
}

void untrack(rt::Object* op) {
    GCHead* g = head_of(op);
    GCHead* prev = prev_of(g);
    auto* next = reinterpret_cast<GCHead*>(g->gc_next);
    prev->gc_next = reinterpret_cast<std::uintptr_t>(next);
    set_prev(next, prev);
    g->gc_next = 0;
    g->gc_prev &= PREV_FINALIZED;
}

rt::Object* alloc(GCState& gc, std::size_t size) {
    void* mem = rt::object_malloc(sizeof(GCHead) + size);
    if (!mem) return nullptr;
    auto* g = static_cast<GCHead*>(mem);
    g->gc_next = 0;
    g->gc_prev = 0;
    // The collection this count can trigger comes with the collector (#6).
    ++gc.generations[0].count;
    return object_of(g);
}

void free(GCState& gc, rt::Object* op) {
    if (is_tracked(op)) untrack(op);
    if (gc.generations[0].count > 0) --gc.generations[0].count;
    rt::object_free(head_of(op));
}

rt::ssize_t list_length(const Generation& g) {
    rt::ssize_t n = 0;
    for (auto p = g.head.gc_next; p != reinterpret_cast<std::uintptr_t>(&g.head);
         p = reinterpret_cast<const GCHead*>(p)->gc_next)
        ++n;
    return n;
}

}  // namespace glasspy::gc
