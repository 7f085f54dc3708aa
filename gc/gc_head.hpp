// What the runtime sees of the cycle collector: the GC header that container
// objects carry in front of them, the generation lists they are tracked on,
// and the allocation count that triggers collections
// (CPython: Include/internal/pycore_gc.h, Modules/gcmodule.c).
//
// Layout: an instance of a type with TPFLAGS_HAVE_GC is allocated as
//     [ GCHead | Object ... ]
// and the object pointer points just past the header.  The header is two
// words, as in CPython, which is why sys.getsizeof() of a list counts 16
// bytes more than the list struct itself.
//
// Invariants:
// - An object is tracked iff gc_next != 0; tracked objects are on exactly one
//   generation's circular doubly-linked list.
// - The low two bits of gc_prev are flags (FINALIZED: __del__ has run, PEP
//   442; COLLECTING: part of the collection in progress); the rest is the
//   previous header's address, or during a collection the object's gc_refs.
// - generations[0].count is GC allocations minus GC deallocations since the
//   last collection of generation 0; an older generation's count is how many
//   times the younger one was collected since it was.
#pragma once

#include <cstdint>

#include "runtime/object.hpp"

namespace glasspy::gc {

struct GCHead {
    std::uintptr_t gc_next;
    std::uintptr_t gc_prev;
};
static_assert(sizeof(GCHead) == 16, "CPython's PyGC_Head is two words");

inline constexpr std::uintptr_t PREV_FINALIZED = 1;
inline constexpr std::uintptr_t PREV_COLLECTING = 2;
// An instance's implicit __dict__ (see runtime/dict.hpp dict_new_managed):
// never tracked itself, not counted as an allocation; its owner's
// tp_traverse reaches into it.  Set only while the object is untracked.
inline constexpr std::uintptr_t PREV_MANAGED = 4;
inline constexpr std::uintptr_t PREV_FLAGS = PREV_FINALIZED | PREV_COLLECTING | PREV_MANAGED;
inline bool is_managed(rt::Object* op) { return (reinterpret_cast<GCHead*>(op) - 1)->gc_prev & PREV_MANAGED; }

inline GCHead* head_of(rt::Object* op) { return reinterpret_cast<GCHead*>(op) - 1; }
inline rt::Object* object_of(GCHead* g) { return reinterpret_cast<rt::Object*>(g + 1); }

// ---- the circular doubly-linked lists the headers form ----
inline GCHead* next_of(const GCHead* g) { return reinterpret_cast<GCHead*>(g->gc_next); }
inline GCHead* prev_of(const GCHead* g) { return reinterpret_cast<GCHead*>(g->gc_prev & ~PREV_FLAGS); }
inline void set_prev(GCHead* g, GCHead* prev) {
    g->gc_prev = reinterpret_cast<std::uintptr_t>(prev) | (g->gc_prev & PREV_FLAGS);
}
inline void list_init(GCHead* list) {
    list->gc_next = reinterpret_cast<std::uintptr_t>(list);
    list->gc_prev = reinterpret_cast<std::uintptr_t>(list);
}
inline bool list_is_empty(const GCHead* list) { return next_of(list) == list; }
// Links g (on no list) at the end of list.
inline void list_append(GCHead* list, GCHead* g) {
    GCHead* last = prev_of(list);
    g->gc_next = reinterpret_cast<std::uintptr_t>(list);
    set_prev(g, last);
    last->gc_next = reinterpret_cast<std::uintptr_t>(g);
    set_prev(list, g);
}
inline void list_unlink(GCHead* g) {
    GCHead* prev = prev_of(g);
    GCHead* next = next_of(g);
    prev->gc_next = reinterpret_cast<std::uintptr_t>(next);
    set_prev(next, prev);
}
// Moves every entry of from to the end of to, in order; from ends empty.
inline void list_merge(GCHead* from, GCHead* to) {
    if (list_is_empty(from)) return;
    GCHead* first = next_of(from);
    GCHead* last = prev_of(from);
    GCHead* to_last = prev_of(to);
    to_last->gc_next = reinterpret_cast<std::uintptr_t>(first);
    set_prev(first, to_last);
    last->gc_next = reinterpret_cast<std::uintptr_t>(to);
    set_prev(to, last);
    list_init(from);
}

struct Generation {
    GCHead head;    // list sentinel
    int threshold;  // collect when count exceeds it
    int count;
};

inline constexpr int NUM_GENERATIONS = 3;

// What gc.get_stats() reports for one generation.
struct GenerationStats {
    rt::ssize_t collections = 0;
    rt::ssize_t collected = 0;
    rt::ssize_t uncollectable = 0;
};

// gc.set_debug's flags (CPython's values).
inline constexpr int DEBUG_STATS = 1;
inline constexpr int DEBUG_COLLECTABLE = 2;
inline constexpr int DEBUG_UNCOLLECTABLE = 4;
inline constexpr int DEBUG_SAVEALL = 32;

// The collector's state; one per interpreter (runtime/state.hpp).
struct GCState {
    // Thresholds 700/10/10: CPython 3.11's defaults (gcmodule.c, _PyGC_InitState).
    Generation generations[NUM_GENERATIONS] = {{{}, 700, 0}, {{}, 10, 0}, {{}, 10, 0}};
    Generation permanent{{}, 0, 0};  // gc.freeze() moves everything here
    bool enabled = true;
    bool collecting = false;
    // Set by an allocation that pushed generation 0 over its threshold; the
    // eval loop collects at its next check point (collector.hpp).
    bool collection_pending = false;
    int debug = 0;
    GenerationStats stats[NUM_GENERATIONS];
    // The oldest generation is collected only when the objects that reached
    // it since its last collection (pending) are a quarter of those that
    // were there (total), so that long-running programs do not rescan
    // everything over and over (CPython: long_lived_total/pending).
    rt::ssize_t long_lived_total = 0;
    rt::ssize_t long_lived_pending = 0;
    rt::Object* garbage = nullptr;    // gc.garbage (a list, owned; made by the gc module)
    rt::Object* callbacks = nullptr;  // gc.callbacks (likewise)

    GCState();
    GCState(const GCState&) = delete;
    GCState& operator=(const GCState&) = delete;
};

inline bool is_tracked(rt::Object* op) { return head_of(op)->gc_next != 0; }

// Links op at the end of generation 0 (CPython: _PyObject_GC_TRACK).
void track(GCState& gc, rt::Object* op);
// Unlinks op from whichever generation holds it (_PyObject_GC_UNTRACK).
void untrack(rt::Object* op);

// Memory for an object of `size` bytes with a GC header in front, and
// `presize` zeroed bytes in front of that (rt::preheader_size), untracked;
// counts an allocation in generation 0 (unless !counted).  Null if out of memory.
rt::Object* alloc(GCState& gc, std::size_t size, bool counted = true, std::size_t presize = 0);
// Frees what alloc returned (untracking it first if needed), given the
// same presize; counts a deallocation.
void free(GCState& gc, rt::Object* op, std::size_t presize = 0);

// How many objects a generation's list holds (walks it).
rt::ssize_t list_length(const GCHead* list);
rt::ssize_t list_length(const Generation& g);

}  // namespace glasspy::gc
