// The cycle collector; the algorithm is described in collector.hpp.
//
// While objects are being classified (steps 1-3) no Python code runs and
// nothing is allocated or freed, so their headers are free to hold the
// collector's bookkeeping: gc_prev holds gc_refs (shifted past the flag
// bits, COLLECTING set), and the list links are rebuilt from a vector
// afterwards.  From the finalizers on, Python code runs again, so every
// object is then on a proper list: the survivors on the older generation,
// the garbage on a list of its own that deallocation unlinks from.
#include "gc/collector.hpp"

#include <chrono>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/type.hpp"
#include "runtime/weakref.hpp"

namespace glasspy::gc {

namespace {

using rt::Object;
using rt::ssize_t;

constexpr int REFS_SHIFT = 3;  // past the flag bits

bool in_collection(Object* op) {
    return rt::is_gc(op) && is_tracked(op) && (head_of(op)->gc_prev & PREV_COLLECTING);
}

ssize_t refs_of(const GCHead* g) { return static_cast<ssize_t>(g->gc_prev >> REFS_SHIFT); }

void set_refs(GCHead* g, ssize_t refs) {
    g->gc_prev = (static_cast<std::uintptr_t>(refs) << REFS_SHIFT) | PREV_COLLECTING | (g->gc_prev & PREV_FINALIZED);
}

std::vector<GCHead*> entries_of(GCHead* list) {
    std::vector<GCHead*> out;
    for (GCHead* g = next_of(list); g != list; g = next_of(g)) out.push_back(g);
    return out;
}

int visit_decref(Object* op, void*) {
    if (in_collection(op)) {
        GCHead* g = head_of(op);
        // Never below zero: an object's references from inside can only be
        // fewer than its count, unless a traverse visits what it does not own.
        if (refs_of(g) > 0) set_refs(g, refs_of(g) - 1);
    }
    return 0;
}

// An object set aside as maybe unreachable while the scan goes on: the low
// bit of gc_next, free while objects are classified (their lists are
// rebuilt afterwards; gc_next stays non-zero, so they still count as
// tracked), as CPython's NEXT_MASK_UNREACHABLE.  Not a gc_prev bit: an
// instance's traverse reads PREV_MANAGED of its dict (is_managed) to tell
// an attribute store from a dict object, and must not mistake a dict set
// aside for one.
constexpr std::uintptr_t TENTATIVELY_UNREACHABLE = 1;

struct Scan {
    std::vector<GCHead*> order;  // the objects still to scan, in scan order
};

// What a reachable object refers to is reachable (CPython: visit_reachable):
// one set aside as unreachable goes back to the end of the scan; one not
// scanned yet is just marked.
int visit_reachable(Object* op, void* arg) {
    if (!in_collection(op)) return 0;
    GCHead* g = head_of(op);
    if (g->gc_next & TENTATIVELY_UNREACHABLE) {
        g->gc_next &= ~TENTATIVELY_UNREACHABLE;
        set_refs(g, 1);
        static_cast<Scan*>(arg)->order.push_back(g);
    } else if (refs_of(g) == 0) {
        set_refs(g, 1);
    }
    return 0;
}

void traverse(Object* op, rt::visitproc visit, void* arg) {
    if (rt::traverseproc t = op->ob_type->tp_traverse) t(op, visit, arg);
}

// Steps 1-3 over `objects` (CPython: update_refs, subtract_refs,
// move_unreachable), then links the reachable ones at the end of
// `reachable` and the rest at the end of `unreachable`, in the order
// CPython's scan leaves them: objects found reachable only later move
// behind the others.  The bookkeeping is cleared.
void classify(const std::vector<GCHead*>& objects, GCHead* reachable, GCHead* unreachable) {
    for (GCHead* g : objects) set_refs(g, object_of(g)->ob_refcnt);
    for (GCHead* g : objects) traverse(object_of(g), visit_decref, nullptr);
    Scan scan{objects};
    std::vector<GCHead*> alive, maybe_dead;
    for (std::size_t i = 0; i < scan.order.size(); ++i) {
        GCHead* g = scan.order[i];
        if (refs_of(g) > 0) {
            traverse(object_of(g), visit_reachable, &scan);
            alive.push_back(g);
        } else {
            g->gc_next |= TENTATIVELY_UNREACHABLE;
            maybe_dead.push_back(g);
        }
    }
    for (GCHead* g : alive) {
        g->gc_prev &= PREV_FINALIZED;
        list_append(reachable, g);
    }
    for (GCHead* g : maybe_dead) {
        if (!(g->gc_next & TENTATIVELY_UNREACHABLE)) continue;  // rescued, in `alive`
        g->gc_prev &= PREV_FINALIZED;
        list_append(unreachable, g);
    }
}

// Tells the trace views what the collection does to `op`.
void report(ObjectEvent what, Object* op, Object* ref = nullptr) {
    if (rt::tracing::wants(rt::tracing::GC))
        if (auto hook = rt::interp().trace_hooks.gc_object) hook(static_cast<int>(what), op, ref);
}

// Keeps the current exception (if any) aside while Python code runs for
// the collector, and drops what that code raises ("Exception ignored").
struct QuietPython {
    rt::Ref<> saved = rt::fetch_error();
    ~QuietPython() {
        if (rt::error_occurred()) rt::clear_error();
        if (saved) rt::set_exception(saved.get());
    }
};

// Before any finalizer: weak references to garbage are cleared, so no
// Python code can reach a garbage object through one.  The callbacks of
// those references that are not garbage themselves then run (CPython:
// handle_weakrefs); a garbage reference's callback is dropped, as its
// owner goes away too.  A reference that outlives its callback moves to
// `old`, as CPython moves it.  Returns how many references died once their
// callback had run (a callback often drops the last reference to its own
// weakref, as WeakValueDictionary's does): CPython counts them in
// gc.collect()'s result.
ssize_t handle_weakrefs(GCHead* unreachable, GCHead* old) {
    std::vector<Object*> with_callbacks;
    std::vector<Object*> referents;  // of each, for the trace: cleared now, freed later
    for (GCHead* g = next_of(unreachable); g != unreachable; g = next_of(g)) {
        Object* op = object_of(g);
        if (Object** weaklist = rt::weaklist_slot(op); weaklist && *weaklist)
            rt::clear_weakrefs_deferred(op, &with_callbacks);
        referents.resize(with_callbacks.size(), op);
    }
    if (with_callbacks.empty()) return 0;
    std::unordered_set<Object*> garbage;
    for (GCHead* g = next_of(unreachable); g != unreachable; g = next_of(g)) garbage.insert(object_of(g));
    ssize_t freed = 0;
    for (std::size_t i = 0; i < with_callbacks.size(); ++i) {
        Object* ref = with_callbacks[i];
        if (!garbage.count(ref)) {
            report(ObjectEvent::weakref_callback, referents[i], ref);
            {
                QuietPython quiet;
                rt::call_weakref_callback(ref);
            }
            if (ref->ob_refcnt == 1) {
                ++freed;  // ours is the last reference
            } else if (rt::is_gc(ref) && is_tracked(ref)) {
                list_unlink(head_of(ref));
                list_append(old, head_of(ref));
            }
        }
        rt::decref(ref);
    }
    return freed;
}

// Step 4: __del__ of every garbage object not finalized before.  True if
// any ran (then the garbage must be checked for resurrection).
bool finalize_garbage(GCHead* unreachable) {
    bool ran = false;
    GCHead seen;
    list_init(&seen);
    while (!list_is_empty(unreachable)) {
        GCHead* g = next_of(unreachable);
        list_unlink(g);
        list_append(&seen, g);
        Object* op = object_of(g);
        if (!op->ob_type->tp_finalize || (g->gc_prev & PREV_FINALIZED)) continue;
        g->gc_prev |= PREV_FINALIZED;
        ran = true;
        report(ObjectEvent::finalizer, op);
        rt::incref(op);
        {
            QuietPython quiet;
            op->ob_type->tp_finalize(op);
        }
        rt::decref(op);  // may free it, unlinking it from `seen`
    }
    list_merge(&seen, unreachable);
    return ran;
}

// After finalizers: what they made reachable again moves to `old`; how
// many did.
ssize_t rescue_resurrected(GCHead* unreachable, GCHead* old) {
    std::vector<GCHead*> objects = entries_of(unreachable);
    list_init(unreachable);
    GCHead rescued;
    list_init(&rescued);
    classify(objects, &rescued, unreachable);
    ssize_t count = 0;
    for (GCHead* g = next_of(&rescued); g != &rescued; g = next_of(g), ++count)
        report(ObjectEvent::resurrected, object_of(g));
    list_merge(&rescued, old);
    return count;
}

// Step 5.  Objects that survive their tp_clear (something outside got a
// reference meanwhile) move to `old`; they may die later.
void delete_garbage(GCState& gc, GCHead* unreachable, GCHead* old) {
    while (!list_is_empty(unreachable)) {
        GCHead* g = next_of(unreachable);
        Object* op = object_of(g);
        rt::incref(op);
        if (gc.debug & DEBUG_SAVEALL) {
            if (gc.garbage) rt::list_append(gc.garbage, op);
            rt::clear_error();
        } else if (rt::inquiry clear = op->ob_type->tp_clear) {
            QuietPython quiet;
            clear(op);
        }
        if (next_of(unreachable) == g) {
            list_unlink(g);
            list_append(old, g);
        }
        rt::decref(op);
    }
}

// A collection of the oldest generation also gives back the memory the
// free lists keep (CPython: clear_freelists): after gc.collect(), a new
// list, tuple, dict or float is a fresh allocation, counted in
// gc.get_count().
void clear_freelists() {
    rt::tuple_clear_free_list();
    rt::float_clear_free_list();
    rt::list_clear_free_list();
    rt::dict_clear_free_list();
}

void show_generations(const GCState& gc) {
    std::string sizes;
    for (const Generation& g : gc.generations) sizes += " " + std::to_string(list_length(g));
    std::fprintf(stderr, "gc: objects in each generation:%s\ngc: objects in permanent generation: %zd\n",
                 sizes.c_str(), static_cast<ssize_t>(list_length(gc.permanent)));
}

// gc.callbacks: each is called with ("start" | "stop", info).
void run_callbacks(GCState& gc, const char* phase, int generation, ssize_t collected, ssize_t uncollectable) {
    if (!gc.callbacks || rt::list_size(gc.callbacks) == 0) return;
    QuietPython quiet;
    rt::Ref<> info = rt::Ref<>::steal(rt::dict_new());
    rt::Ref<> phase_str = rt::Ref<>::steal(rt::str_from_utf8(phase));
    if (!info || !phase_str) return;
    struct Field {
        const char* name;
        ssize_t value;
    };
    for (Field f : {Field{"generation", generation}, Field{"collected", collected},
                    Field{"uncollectable", uncollectable}}) {
        rt::Ref<> v = rt::Ref<>::steal(rt::int_from_ssize(f.value));
        if (!v || rt::dict_setitem_str(info.get(), f.name, v.get()) < 0) return;
    }
    // The list itself, by index, as CPython walks it (no copy: a copy
    // would be one more allocation in gc.get_count() after every
    // collection); a callback that changes the list changes what follows.
    for (ssize_t i = 0; gc.callbacks && i < rt::list_size(gc.callbacks); ++i) {
        rt::Ref<> callback = rt::Ref<>::borrow(rt::list_item(gc.callbacks, i));
        Object* args[] = {phase_str.get(), info.get()};
        rt::Ref<> r = rt::Ref<>::steal(rt::call(callback.get(), args, 2));
        if (!r) rt::clear_error();
    }
}

ssize_t collect_main(GCState& gc, int generation, Reason reason) {
    if (rt::tracing::wants(rt::tracing::GC))
        if (auto hook = rt::interp().trace_hooks.collecting)
            hook(generation, reason == Reason::Manual, gc.generations[generation].count,
                 gc.generations[generation].threshold);
    using Clock = std::chrono::steady_clock;
    Clock::time_point start;
    if (gc.debug & DEBUG_STATS) {
        std::fprintf(stderr, "gc: collecting generation %d...\n", generation);
        show_generations(gc);
        start = Clock::now();
    }
    // The counts: this generation and the younger ones start again; the
    // next one older has seen one more collection of its younger ones.
    if (generation + 1 < NUM_GENERATIONS) ++gc.generations[generation + 1].count;
    for (int i = 0; i <= generation; ++i) gc.generations[i].count = 0;

    GCHead* young = &gc.generations[generation].head;
    for (int i = 0; i < generation; ++i) list_merge(&gc.generations[i].head, young);
    GCHead* old = generation + 1 < NUM_GENERATIONS ? &gc.generations[generation + 1].head : young;

    std::vector<GCHead*> objects = entries_of(young);
    auto examined = static_cast<ssize_t>(objects.size());
    list_init(young);
    GCHead survivors, unreachable;
    list_init(&survivors);
    list_init(&unreachable);
    classify(objects, &survivors, &unreachable);
    ssize_t survivor_count = list_length(&survivors), unreachable_count = list_length(&unreachable);
    // Surviving tuples that hold only atoms (ints, strs, such tuples) can
    // never be part of a cycle: they leave the lists for good (CPython:
    // untrack_tuples, on the survivors, in their order).
    ssize_t untracked = 0;
    for (GCHead* g = next_of(&survivors); g != &survivors;) {
        GCHead* next = next_of(g);
        if (rt::is_tuple_exact(object_of(g))) {
            rt::tuple_maybe_untrack(object_of(g));
            untracked += !is_tracked(object_of(g));
        }
        g = next;
    }
    if (young != old && generation == NUM_GENERATIONS - 2) {
        gc.long_lived_pending += list_length(&survivors);
    }
    // The survivors are promoted before any Python code runs.
    list_merge(&survivors, old);
    if (young == old) {
        gc.long_lived_pending = 0;
        gc.long_lived_total = list_length(gc.generations[generation]);
    }

    // Every object found unreachable is shown, before finalizers may free
    // or resurrect some of them; the count is of those that are left,
    // plus the weak references that died after their callback (CPython's
    // gc_collect_main counts the same).
    if (gc.debug & DEBUG_COLLECTABLE)
        for (GCHead* g = next_of(&unreachable); g != &unreachable; g = next_of(g))
            std::fprintf(stderr, "gc: collectable <%s %p>\n", object_of(g)->ob_type->tp_name,
                         static_cast<void*>(object_of(g)));
    if (rt::tracing::wants(rt::tracing::GC))
        for (GCHead* g = next_of(&unreachable); g != &unreachable; g = next_of(g))
            report(ObjectEvent::unreachable, object_of(g));
    ssize_t collected = handle_weakrefs(&unreachable, old);
    ssize_t resurrected = 0;
    if (finalize_garbage(&unreachable)) resurrected = rescue_resurrected(&unreachable, old);
    ssize_t left = list_length(&unreachable);
    collected += left;
    delete_garbage(gc, &unreachable, old);
    ssize_t uncollectable = 0;  // only objects with legacy tp_del would be; glasspy has none
    if (generation == NUM_GENERATIONS - 1) clear_freelists();

    if (gc.debug & DEBUG_STATS) {
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                     collected + uncollectable, uncollectable, seconds);
    }
    if (rt::tracing::wants(rt::tracing::GC))
        if (auto hook = rt::interp().trace_hooks.collected)
            hook({generation, examined, unreachable_count, collected, unreachable_count - left - resurrected,
                  resurrected, survivor_count, untracked});
    GenerationStats& stats = gc.stats[generation];
    ++stats.collections;
    stats.collected += collected;
    stats.uncollectable += uncollectable;
    return collected + uncollectable;
}

}  // namespace

ssize_t collect(GCState& gc, int generation, Reason reason) {
    if (gc.collecting) return 0;
    gc.collecting = true;
    run_callbacks(gc, "start", generation, 0, 0);
    ssize_t found = collect_main(gc, generation, reason);
    run_callbacks(gc, "stop", generation, found, 0);
    gc.collecting = false;
    return found;
}

void collect_generations(GCState& gc) {
    gc.collection_pending = false;
    if (!gc.enabled || gc.collecting) return;
    for (int i = NUM_GENERATIONS - 1; i >= 0; --i) {
        if (gc.generations[i].count <= gc.generations[i].threshold) continue;
        if (i == NUM_GENERATIONS - 1 && gc.long_lived_pending < gc.long_lived_total / 4) continue;
        collect(gc, i, Reason::Automatic);
        break;
    }
}

void request_collection(GCState& gc) {
    gc.collection_pending = true;
    rt::interp().eval_breaker.store(1, std::memory_order_relaxed);
}

}  // namespace glasspy::gc
