// The last step of the interpreter's exit (CPython: the final collection in
// Py_FinalizeEx, after the modules' namespaces are cleared).
//
// What is still alive then is held only by reference cycles.  A full
// collection frees the cycles among container objects (gc/collector.hpp),
// classes included (a class is a container: its MRO starts with it, its
// namespace holds functions and descriptors that refer back to it).
// What survives it is reachable from something the collector does not
// see as garbage -- a static type's namespace, a reference a C++ part of
// the runtime holds -- and is broken directly: the instances of classes
// and the functions are cleared (tp_clear), then each class's namespace
// and MRO.  Instances go first, so that their __del__ still finds its
// class intact.
#include "runtime/finalize.hpp"

#include <vector>

#include "gc/collector.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/state.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// The tracked objects of the generation lists that `pick` selects, with a
// reference taken.
template <typename Pick>
std::vector<Object*> tracked(InterpreterState& in, Pick pick) {
    std::vector<Object*> out;
    auto scan = [&](gc::GCHead& head) {
        for (auto p = head.gc_next; p != reinterpret_cast<std::uintptr_t>(&head);
             p = reinterpret_cast<gc::GCHead*>(p)->gc_next) {
            Object* o = gc::object_of(reinterpret_cast<gc::GCHead*>(p));
            if (pick(o)) {
                incref(o);
                out.push_back(o);
            }
        }
    };
    for (gc::Generation& g : in.gc.generations) scan(g.head);
    scan(in.gc.permanent.head);
    return out;
}

void clear_all(std::vector<Object*>& objects) {
    for (Object* o : objects)
        if (inquiry clear_fn = o->ob_type->tp_clear) clear_fn(o);
    for (Object* o : objects) decref(o);
    clear_error();
}

}  // namespace

void finalize_objects() {
    InterpreterState& in = interp();
    // No more events: what runs from here is the runtime's teardown.
    ThreadState* ts = ThreadState::current();
    clear(ts->trace_func);
    clear(ts->profile_func);
    clear(ts->asyncgen_firstiter);
    clear(ts->asyncgen_finalizer);
    ts->profile_hook = nullptr;
    gc::collect(in.gc, gc::NUM_GENERATIONS - 1, gc::Reason::Manual);
    clear_error();
    // Instances of classes: their __del__ runs as they go, with their
    // classes and methods whole.
    std::vector<Object*> instances = tracked(in, [](Object* o) { return is_heap_type(o->ob_type); });
    // First every __del__, while the cycles are intact (PEP 442: the
    // objects are still whole when their finalizers run), once each.
    for (Object* o : instances) {
        gc::GCHead* g = gc::head_of(o);
        if (!o->ob_type->tp_finalize || (g->gc_prev & gc::PREV_FINALIZED)) continue;
        g->gc_prev |= gc::PREV_FINALIZED;
        o->ob_type->tp_finalize(o);
        clear_error();
    }
    clear_all(instances);
    // Classes: namespace and MRO.
    std::vector<TypeObject*> classes = in.heap_types;
    for (TypeObject* t : classes) incref(t);
    for (TypeObject* t : classes) {
        type_modified(t);
        if (t->tp_dict) dict_clear(t->tp_dict);
        clear(t->tp_mro);
    }
    for (TypeObject* t : classes) decref(t);
    clear_error();
    // Functions that only cycles among themselves keep (recursive closures).
    std::vector<Object*> functions = tracked(in, [](Object* o) { return o->ob_type == &function_type; });
    clear_all(functions);
    // The gc module's lists.
    clear(in.gc.garbage);
    clear(in.gc.callbacks);
}

}  // namespace glasspy::rt
