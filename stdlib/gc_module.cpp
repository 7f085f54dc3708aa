// The gc module: the cycle collector's controls and what it can show
// (CPython: Modules/gcmodule.c's module functions).  The collector itself
// is gc/collector.cpp.
#include <vector>

#include "gc/collector.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

gc::GCState& state() { return interp().gc; }


// gc.collect(generation=2) -> the number of unreachable objects found.
Object* gc_collect(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"generation"};
    static constexpr ArgParser parser{"collect", kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int generation = gc::NUM_GENERATIONS - 1;
    if (argv[0] && !arg_int(argv[0], &generation)) return nullptr;
    if (generation < 0 || generation >= gc::NUM_GENERATIONS) {
        set_error(&exc::ValueError, "invalid generation");
        return nullptr;
    }
    return int_from_ssize(gc::collect(state(), generation, gc::Reason::Manual));
}

Object* gc_enable(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("enable", nargs, kwnames)) return nullptr;
    state().enabled = true;
    return none_ref();
}

Object* gc_disable(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("disable", nargs, kwnames)) return nullptr;
    state().enabled = false;
    return none_ref();
}

Object* gc_isenabled(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("isenabled", nargs, kwnames)) return nullptr;
    return bool_from(state().enabled);
}

Object* int_triple(ssize_t a, ssize_t b, ssize_t c) {
    Ref<> x = Ref<>::steal(int_from_ssize(a)), y = Ref<>::steal(int_from_ssize(b)), z = Ref<>::steal(int_from_ssize(c));
    if (!x || !y || !z) return nullptr;
    return tuple_pack({x.get(), y.get(), z.get()});
}

Object* gc_get_count(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_count", nargs, kwnames)) return nullptr;
    auto& g = state().generations;
    return int_triple(g[0].count, g[1].count, g[2].count);
}

Object* gc_get_threshold(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_threshold", nargs, kwnames)) return nullptr;
    auto& g = state().generations;
    return int_triple(g[0].threshold, g[1].threshold, g[2].threshold);
}

// CPython takes the arguments of set_threshold, get_referents and
// get_referrers as a tuple (METH_VARARGS): an allocation that generation
// 0's count sees, so the tutorials' counts come out the same here.
Ref<> arguments_tuple(Object* const* args, ssize_t nargs) { return Ref<>::steal(tuple_from_array(args, nargs)); }

// set_threshold(threshold0[, threshold1[, threshold2]])
Object* gc_set_threshold(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set_threshold", kwnames) || !check_arg_count("set_threshold", nargs, 1, 3)) return nullptr;
    Ref<> varargs = arguments_tuple(args, nargs);
    if (!varargs) return nullptr;
    int values[3];
    for (ssize_t i = 0; i < nargs; ++i)
        if (!arg_int(args[i], &values[i])) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i) state().generations[i].threshold = values[i];
    return none_ref();
}

Object* gc_set_debug(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set_debug", kwnames) || !check_positional("set_debug", nargs, 1, 1)) return nullptr;
    int flags;
    if (!arg_int(args[0], &flags)) return nullptr;
    state().debug = flags;
    return none_ref();
}

Object* gc_get_debug(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_debug", nargs, kwnames)) return nullptr;
    return int_from_ssize(state().debug);
}

bool append_list(Object* list, gc::GCHead* head) {
    for (gc::GCHead* g = gc::next_of(head); g != head; g = gc::next_of(g)) {
        Object* op = gc::object_of(g);
        if (op == list) continue;  // the result is not one of the objects
        if (list_append(list, op) < 0) return false;
    }
    return true;
}

// get_objects(generation=None): the tracked objects, of one generation or all.
Object* gc_get_objects(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"generation"};
    static constexpr ArgParser parser{"get_objects", kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int generation = -1;
    if (argv[0] && argv[0] != None()) {
        if (!arg_int(argv[0], &generation)) return nullptr;
        if (generation >= gc::NUM_GENERATIONS) {
            set_error_fmt(&exc::ValueError, "generation parameter must be less than the number of available "
                                            "generations ({})",
                          gc::NUM_GENERATIONS);
            return nullptr;
        }
        if (generation < 0) {
            set_error(&exc::ValueError, "generation parameter cannot be negative");
            return nullptr;
        }
    }
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (int i = 0; i < gc::NUM_GENERATIONS; ++i)
        if ((generation < 0 || generation == i) && !append_list(result.get(), &state().generations[i].head))
            return nullptr;
    return result.release();
}

// What one object refers to, as its tp_traverse tells.
int collect_referent(Object* op, void* arg) {
    static_cast<std::vector<Object*>*>(arg)->push_back(op);
    return 0;
}

Object* gc_get_referents(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("get_referents", kwnames)) return nullptr;
    Ref<> varargs = arguments_tuple(args, nargs);
    if (!varargs) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i) {
        if (!is_gc(args[i]) || !args[i]->ob_type->tp_traverse) continue;
        std::vector<Object*> referents;
        args[i]->ob_type->tp_traverse(args[i], collect_referent, &referents);
        for (Object* r : referents)
            if (list_append(result.get(), r) < 0) return nullptr;
    }
    return result.release();
}

// get_referrers(*objs): the tracked objects whose tp_traverse visits one of objs.
struct ReferrerSearch {
    Object* const* targets;
    ssize_t count;
    bool found;
};

int match_target(Object* op, void* arg) {
    auto* search = static_cast<ReferrerSearch*>(arg);
    for (ssize_t i = 0; i < search->count; ++i)
        if (search->targets[i] == op) {
            search->found = true;
            return 1;
        }
    return 0;
}

Object* gc_get_referrers(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("get_referrers", kwnames)) return nullptr;
    Ref<> varargs = arguments_tuple(args, nargs);
    if (!varargs) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (gc::Generation& generation : state().generations) {
        gc::GCHead* head = &generation.head;
        for (gc::GCHead* g = gc::next_of(head); g != head; g = gc::next_of(g)) {
            Object* op = gc::object_of(g);
            if (op == result.get() || op == varargs.get() || !op->ob_type->tp_traverse) continue;
            ReferrerSearch search{args, nargs, false};
            op->ob_type->tp_traverse(op, match_target, &search);
            if (search.found && list_append(result.get(), op) < 0) return nullptr;
        }
    }
    return result.release();
}

Object* gc_is_tracked(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("is_tracked", nargs, kwnames)) return nullptr;
    return bool_from(is_gc(args[0]) && gc::is_tracked(args[0]));
}

Object* gc_is_finalized(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("is_finalized", nargs, kwnames)) return nullptr;
    return bool_from(is_gc(args[0]) && (gc::head_of(args[0])->gc_prev & gc::PREV_FINALIZED));
}

// freeze(): everything tracked now moves to the permanent generation, which
// no collection looks at (for fork-heavy servers; CPython 3.7+).
Object* gc_freeze(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("freeze", nargs, kwnames)) return nullptr;
    for (gc::Generation& g : state().generations) {
        gc::list_merge(&g.head, &state().permanent.head);
        g.count = 0;
    }
    return none_ref();
}

Object* gc_unfreeze(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("unfreeze", nargs, kwnames)) return nullptr;
    gc::list_merge(&state().permanent.head, &state().generations[gc::NUM_GENERATIONS - 1].head);
    return none_ref();
}

Object* gc_get_freeze_count(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_freeze_count", nargs, kwnames)) return nullptr;
    return int_from_ssize(gc::list_length(state().permanent));
}

// get_stats(): one dict per generation, as CPython's.
Object* gc_get_stats(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_stats", nargs, kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (const gc::GenerationStats& s : state().stats) {
        Ref<> d = Ref<>::steal(dict_new());
        if (!d) return nullptr;
        struct Field {
            const char* name;
            ssize_t value;
        };
        for (Field f : {Field{"collections", s.collections}, Field{"collected", s.collected},
                        Field{"uncollectable", s.uncollectable}}) {
            Ref<> v = Ref<>::steal(int_from_ssize(f.value));
            if (!v || dict_setitem_str(d.get(), f.name, v.get()) < 0) return nullptr;
        }
        if (list_append(result.get(), d.get()) < 0) return nullptr;
    }
    return result.release();
}

const BuiltinDef GC_FUNCTIONS[] = {
    {"collect", gc_collect,
     "collect($module, /, generation=2)\n--\n\n"
     "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an "
     "integer specifying which generation to collect.  A ValueError\nis raised if the generation number is "
     "invalid.\n\nThe number of unreachable objects is returned."},
    {"enable", gc_enable,
     "enable($module, /)\n--\n\n"
     "Enable automatic garbage collection."},
    {"disable", gc_disable,
     "disable($module, /)\n--\n\n"
     "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled,
     "isenabled($module, /)\n--\n\n"
     "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count,
     "get_count($module, /)\n--\n\n"
     "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold,
     "get_threshold($module, /)\n--\n\n"
     "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n"
                                        "Sets the collection thresholds.  Setting threshold0 to zero disables "
                                        "collection.\n"},
    {"set_debug", gc_set_debug,
     "set_debug($module, flags, /)\n--\n\n"
     "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug,
     "get_debug($module, /)\n--\n\n"
     "Get the garbage collection debugging flags."},
    {"get_objects", gc_get_objects,
     "get_objects($module, /, generation=None)\n--\n\n"
     "Return a list of objects tracked by the collector (excluding the list "
                                    "returned)."},
    {"get_referents", gc_get_referents, "get_referents(*objs) -> list\nReturn the list of objects that are "
                                        "directly referred to by objs."},
    {"get_referrers", gc_get_referrers, "get_referrers(*objs) -> list\nReturn the list of objects that directly "
                                        "refer to any of objs."},
    {"is_tracked", gc_is_tracked,
     "is_tracked($module, obj, /)\n--\n\n"
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized,
     "is_finalized($module, obj, /)\n--\n\n"
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze,
     "freeze($module, /)\n--\n\n"
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze,
     "unfreeze($module, /)\n--\n\n"
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count,
     "get_freeze_count($module, /)\n--\n\n"
     "Return the number of objects in the permanent generation."},
    {"get_stats", gc_get_stats,
     "get_stats($module, /)\n--\n\n"
     "Return a list of dictionaries containing per-generation statistics."},
};

Object* make_gc_module() {
    Ref<> m = Ref<>::steal(module_new("gc"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : GC_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    struct Constant {
        const char* name;
        int value;
    };
    for (Constant c : {Constant{"DEBUG_STATS", gc::DEBUG_STATS}, Constant{"DEBUG_COLLECTABLE", gc::DEBUG_COLLECTABLE},
                       Constant{"DEBUG_UNCOLLECTABLE", gc::DEBUG_UNCOLLECTABLE},
                       Constant{"DEBUG_SAVEALL", gc::DEBUG_SAVEALL},
                       Constant{"DEBUG_LEAK", gc::DEBUG_COLLECTABLE | gc::DEBUG_UNCOLLECTABLE | gc::DEBUG_SAVEALL}}) {
        Ref<> v = Ref<>::steal(int_from_ssize(c.value));
        if (!v || dict_setitem_str(d, c.name, v.get()) < 0) return nullptr;
    }
    // gc.garbage and gc.callbacks are the collector's own lists.
    gc::GCState& gc = state();
    if (!gc.garbage && !(gc.garbage = list_new(0))) return nullptr;
    if (!gc.callbacks && !(gc.callbacks = list_new(0))) return nullptr;
    if (dict_setitem_str(d, "garbage", gc.garbage) < 0 || dict_setitem_str(d, "callbacks", gc.callbacks) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_gc_module() { register_native_module("gc", make_gc_module); }

}  // namespace glasspy::stdlib
