// The leak check's record and its exit report (see leakcheck.hpp for what
// counts as kept and why).  CPython's nearest tools are the debug build's
// Py_TRACE_REFS list of all objects and `-X showrefcount`; this one records
// only while it is on, and explains what it finds.
//
// The report reads objects without running Python code (no repr, no
// __del__): by then the modules are gone, and all it needs is each object's
// type, reference count and tp_traverse.
#include "runtime/leakcheck.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "gc/gc_head.hpp"
#include "runtime/dict.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

constexpr std::uint32_t ALLOC_AND_FREE = tracing::ALLOC | tracing::FREE;

using ObjectSet = std::unordered_set<Object*>;

// ---- the free lists ----------------------------------------------------------------------------
// Their objects are dead to the program; float's and int's are chained
// through ob_type, tuple's through ob_item[0], so they are found by walking
// the chains, never by reading their (no longer valid) type.

void add_chain_through_type(Object* first, ObjectSet& out) {
    for (Object* o = first; o; o = reinterpret_cast<Object*>(o->ob_type)) out.insert(o);
}

ObjectSet free_list_objects(InterpreterState& in) {
    ObjectSet out;
    add_chain_through_type(reinterpret_cast<Object*>(in.float_state.free_list), out);
    add_chain_through_type(reinterpret_cast<Object*>(in.int_state.free_list), out);
    for (TupleObject* t : in.tuple_state.free_list)
        for (; t; t = reinterpret_cast<TupleObject*>(t->ob_item[0])) out.insert(t);
    for (int i = 0; i < in.list_state.numfree; ++i) out.insert(in.list_state.free_list[i]);
    for (int i = 0; i < in.dict_state.numfree; ++i) out.insert(in.dict_state.free_list[i]);
    if (in.slice_state.slice_cache) out.insert(in.slice_state.slice_cache);
    return out;
}

// ---- what an object refers to ------------------------------------------------------------------

// tp_traverse, plus the references it leaves out on purpose: a str-keyed
// dict's keys, a class's
// namespace, MRO and bases (classes are not containers for the collector
// yet) and an instance's managed __dict__ (whose contents the instance
// visits itself: the dict is then not traversed again, so that each
// reference is counted once).
template <typename F>
void each_referent(Object* o, F&& f) {
    auto call = [](Object* referent, void* arg) {
        if (referent) (*static_cast<F*>(arg))(referent);
        return 0;
    };
    bool managed_dict = o->ob_type == &dict_type && gc::is_managed(o);
    if (o->ob_type->tp_traverse && !managed_dict) o->ob_type->tp_traverse(o, call, &f);
    if (is_type(o)) {
        auto* t = static_cast<TypeObject*>(o);
        for (Object* r : {t->tp_dict, t->tp_mro, t->tp_bases, static_cast<Object*>(t->tp_base)})
            if (r) f(r);
        if (is_heap_type(t)) {
            auto* ht = static_cast<HeapTypeObject*>(t);
            for (Object* r : {ht->ht_name, ht->ht_qualname, ht->ht_slots})
                if (r) f(r);
        }
    }
    if (Object** slot = dict_slot(o); slot && *slot && is_gc(*slot) && gc::is_managed(*slot)) f(*slot);
    // A dict of str keys holds its keys too, though tp_traverse (for the
    // collector) leaves them out.
    if (is_dict(o) && !managed_dict && dict_has_str_keys_only(o)) {
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(o, &pos, &key, &value)) f(key);
    }
}

// ---- the runtime's roots -----------------------------------------------------------------------

std::vector<Object*> runtime_roots(InterpreterState& in) {
    std::vector<Object*> roots;
    auto add = [&](Object* o) {
        if (o) roots.push_back(o);
    };
    for (TypeObject* t : in.static_types) add(t);
    for (Object* o : in.static_roots) add(o);
    add(in.modules);
    add(in.sys_dict);
    add(in.builtins);
    add(in.gc.garbage);
    add(in.gc.callbacks);
    add(in.tuple_state.empty);
    for (const AttrCacheEntry& e : in.type_cache) add(e.name);
    for (ThreadState* ts = in.threads; ts; ts = ts->next) {
        add(ts->current_exception);
        add(ts->handled_exception);
        add(ts->repr_running);
    }
    return roots;
}

// Everything reachable from the roots (allocated or static alike).
ObjectSet reachable_from(const std::vector<Object*>& roots) {
    ObjectSet seen(roots.begin(), roots.end());
    std::vector<Object*> stack(roots.begin(), roots.end());
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        each_referent(o, [&](Object* r) {
            if (seen.insert(r).second) stack.push_back(r);
        });
    }
    return seen;
}

// ---- describing a leaked object, without running Python code ---------------------------------

std::string clipped(std::string text) {
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    return text;
}

std::string describe(Object* o) {
    if (o->ob_type == &str_type) return clipped("'" + str_to_utf8(o) + "'");
    if (is_type(o)) return std::string("class ") + static_cast<TypeObject*>(o)->tp_name;
    if (o->ob_type == &function_type) {
        Object* q = static_cast<FunctionObject*>(o)->func_qualname;
        return q && is_str(q) ? "function " + str_to_utf8(q) : "function";
    }
    if (o->ob_type == &module_type) {
        Object* name = dict_getitem_str(module_dict(o), "__name__");
        return name && is_str(name) ? "module " + str_to_utf8(name) : "module";
    }
    if (o->ob_type == &float_type) return std::to_string(float_value(o));
    if (o->ob_type == &tuple_type) return std::to_string(tuple_size(o)) + " items";
    if (o->ob_type == &list_type) return std::to_string(list_size(o)) + " items";
    if (o->ob_type == &dict_type) return std::to_string(dict_size(o)) + " items";
    return "";
}

}  // namespace

void leakcheck_enable() {
    InterpreterState& in = interp();
    if (!in.live_objects) in.live_objects = new LiveObjects;
    tracing::trace_mask |= ALLOC_AND_FREE;
}

bool leakcheck_enabled() { return interp().live_objects != nullptr; }

std::size_t leakcheck_report(std::FILE* out, const std::vector<Object*>& thread_roots, int threads) {
    InterpreterState& in = interp();
    if (!in.live_objects) return 0;
    tracing::trace_mask &= ~ALLOC_AND_FREE;
    const ObjectSet& live = in.live_objects->objects;

    ObjectSet freed = free_list_objects(in);
    std::vector<Object*> roots = runtime_roots(in);
    roots.insert(roots.end(), thread_roots.begin(), thread_roots.end());
    ObjectSet kept = reachable_from(roots);
    std::size_t interned = 0, in_free_lists = 0, reachable = 0;
    std::vector<Object*> leaked;
    for (Object* o : live) {
        if (freed.count(o)) {
            ++in_free_lists;
        } else if (o->ob_type == &str_type && str_is_interned(o)) {
            ++interned;
        } else if (kept.count(o)) {
            ++reachable;
        } else {
            leaked.push_back(o);
        }
    }
    std::fprintf(out,
                 "glasspy leakcheck: %zu objects alive at exit: %zu kept by the runtime (%zu reachable from "
                 "its roots, %zu interned strs, %zu in free lists), %zu leaked\n",
                 live.size(), live.size() - leaked.size(), reachable, interned, in_free_lists, leaked.size());
    // A thread still running holds references in the C++ calls it is in the
    // middle of (the function it called, its arguments), which no frame
    // records: what remains may be theirs.
    if (threads > 0)
        std::fprintf(out,
                     "  %d threads still running: what their frames' variables hold counts as kept; the "
                     "calls they are in hold references the check cannot see\n",
                     threads);
    if (leaked.empty()) return 0;

    // By type, the most first.
    std::map<std::string, std::size_t> by_type;
    for (Object* o : leaked) ++by_type[o->ob_type->tp_name];
    std::vector<std::pair<std::string, std::size_t>> rows(by_type.begin(), by_type.end());
    std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second > b.second; });
    std::fprintf(out, "  leaked objects by type:\n");
    for (auto& [name, n] : rows) std::fprintf(out, "    %-30s %zu\n", name.c_str(), n);

    // The leak roots: references that no leaked object accounts for.
    ObjectSet leaked_set(leaked.begin(), leaked.end());
    std::unordered_map<Object*, ssize_t> held;
    for (Object* o : leaked)
        each_referent(o, [&](Object* r) {
            if (leaked_set.count(r)) ++held[r];
        });
    std::vector<Object*> leak_roots;
    for (Object* o : leaked)
        if (o->ob_refcnt > held[o]) leak_roots.push_back(o);
    std::sort(leak_roots.begin(), leak_roots.end(),
              [](Object* a, Object* b) { return std::string(a->ob_type->tp_name) < b->ob_type->tp_name; });
    std::fprintf(out, "  leak roots (%zu: references nothing found holds):\n", leak_roots.size());
    std::size_t shown = 0;
    for (Object* o : leak_roots) {
        if (++shown > 40) {
            std::fprintf(out, "    ... and %zu more\n", leak_roots.size() - 40);
            break;
        }
        std::fprintf(out, "    %s at %p: refcount %zd, %zd unexplained %s\n", o->ob_type->tp_name,
                     static_cast<void*>(o), o->ob_refcnt, o->ob_refcnt - held[o], describe(o).c_str());
    }
    return leaked.size();
}

}  // namespace glasspy::rt
