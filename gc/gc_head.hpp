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
inline constexpr std::uintptr_t PREV_FLAGS = PREV_FINALIZED | PREV_COLLECTING;

inline GCHead* head_of(rt::Object* op) { return reinterpret_cast<GCHead*>(op) - 1; }
inline rt::Object* object_of(GCHead* g) { return reinterpret_cast<rt::Object*>(g + 1); }

struct Generation {
    GCHead head;    // list sentinel
    int threshold;  // collect when count exceeds it
    int count;
};

inline constexpr int NUM_GENERATIONS = 3;

// The collector's state; one per interpreter (runtime/state.hpp).
struct GCState {
    // Thresholds 700/10/10: CPython 3.11's defaults (gcmodule.c, _PyGC_InitState).
    Generation generations[NUM_GENERATIONS] = {{{}, 700, 0}, {{}, 10, 0}, {{}, 10, 0}};
    Generation permanent{{}, 0, 0};  // gc.freeze() moves everything here
    bool enabled = true;
    bool collecting = false;

    GCState();
    GCState(const GCState&) = delete;
    GCState& operator=(const GCState&) = delete;
};

inline bool is_tracked(rt::Object* op) { return head_of(op)->gc_next != 0; }

// Links op at the end of generation 0 (CPython: _PyObject_GC_TRACK).
void track(GCState& gc, rt::Object* op);
// Unlinks op from whichever generation holds it (_PyObject_GC_UNTRACK).
void untrack(rt::Object* op);

// Memory for an object of `size` bytes with a GC header in front, untracked;
// counts an allocation in generation 0.  Null if out of memory.
rt::Object* alloc(GCState& gc, std::size_t size);
// Frees what alloc returned (untracking it first if needed); counts a
// deallocation.
void free(GCState& gc, rt::Object* op);

// How many objects a generation's list holds (walks it).
rt::ssize_t list_length(const Generation& g);

}  // namespace glasspy::gc
