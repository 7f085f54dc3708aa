// The cycle collector (CPython: Modules/gcmodule.c).  Reference counting
// frees most objects; what it cannot free are groups of objects that refer
// to each other and to which nothing else refers.  The collector finds them
// among the container objects (those with a GC header), generation by
// generation, the way CPython 3.11 does:
//
//   1. gc_refs := ob_refcnt for every object of the generations collected;
//   2. for every reference one of them holds to another (tp_traverse),
//      gc_refs of the target -= 1.  What is left counts references from
//      outside the generations: an object with gc_refs > 0 is reachable;
//   3. everything reachable from a reachable object is reachable too; the
//      rest is garbage;
//   4. finalizers (__del__, PEP 442) run once on the garbage; an object
//      they made reachable again (resurrection) survives;
//   5. tp_clear breaks the remaining cycles, and reference counting frees
//      the objects;
//   6. the survivors move one generation older.
//
// A collection of generation 0 starts when the allocations less the
// deallocations of container objects since the last one exceed its
// threshold (700); generation 1 is collected with it every 10th time, and
// generation 2 every 10th time of that, but only when the objects waiting
// to enter it are a quarter of those already there.  The allocation only
// asks: the collection runs at the eval loop's next check point.
#pragma once

#include "gc/gc_head.hpp"

namespace glasspy::gc {

// Why a collection runs, for gc.callbacks ("automatic" or "manual").
enum class Reason { Automatic, Manual };

// What a collection does to one object, as the trace views are told
// (InterpreterState::trace_hooks.gc_object).
enum class ObjectEvent { unreachable, weakref_callback, finalizer, resurrected };

// Collects generation `generation` and the younger ones; returns how many
// unreachable objects it found (gc.collect()'s result).  0 if a collection
// is already running.
rt::ssize_t collect(GCState& gc, int generation, Reason reason);

// The automatic collection: the oldest generation over its threshold.
void collect_generations(GCState& gc);

// Called by an allocation past the threshold: sets the eval breaker.
void request_collection(GCState& gc);

}  // namespace glasspy::gc
