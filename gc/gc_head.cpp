// Tracking lists and GC allocation (see gc_head.hpp).  The collection
// algorithm itself is in gc/collector.cpp.
#include "gc/gc_head.hpp"

#include "gc/collector.hpp"

#include <cstdlib>
#include <cstring>

#include "runtime/obmalloc.hpp"

namespace glasspy::gc {


GCState::GCState() {
    for (Generation& g : generations) list_init(&g.head);
    list_init(&permanent.head);
}

void track(GCState& gc, rt::Object* op) { list_append(&gc.generations[0].head, head_of(op)); }

void untrack(rt::Object* op) {
    GCHead* g = head_of(op);
    list_unlink(g);
    g->gc_next = 0;
    g->gc_prev &= PREV_FINALIZED;
}

rt::Object* alloc(GCState& gc, std::size_t size, bool counted, std::size_t presize) {
    void* mem = rt::object_malloc(presize + sizeof(GCHead) + size);
    if (!mem) return nullptr;
    std::memset(mem, 0, presize);
    auto* g = reinterpret_cast<GCHead*>(static_cast<char*>(mem) + presize);
    g->gc_next = 0;
    g->gc_prev = 0;
    if (!counted) return object_of(g);
    if (++gc.generations[0].count > gc.generations[0].threshold && gc.enabled && gc.generations[0].threshold &&
        !gc.collecting)
        request_collection(gc);
    return object_of(g);
}

void free(GCState& gc, rt::Object* op, std::size_t presize) {
    if (is_tracked(op)) untrack(op);
    if (!is_managed(op) && gc.generations[0].count > 0) --gc.generations[0].count;
    rt::object_free(reinterpret_cast<char*>(head_of(op)) - presize);
}

rt::ssize_t list_length(const GCHead* list) {
    rt::ssize_t n = 0;
    for (auto p = list->gc_next; p != reinterpret_cast<std::uintptr_t>(list); p = reinterpret_cast<const GCHead*>(p)->gc_next)
        ++n;
    return n;
}

rt::ssize_t list_length(const Generation& g) { return list_length(&g.head); }

}  // namespace glasspy::gc
