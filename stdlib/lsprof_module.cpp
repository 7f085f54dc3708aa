// _lsprof, the profiler under cProfile (CPython: Modules/_lsprof.c).
//
// A Profiler installs itself as the thread's profile function in its C++
// form (interp::set_profile_hook, CPython's PyEval_SetProfile), so each
// event costs a function call and no Python-level call.  It keeps one
// Entry per function seen: a Python function is known by its code object,
// a built-in by its BuiltinDef (so every list's append is one entry).
//
// The running calls form a stack of Contexts.  A call pushes one, noting
// the time; its return pops it and charges the elapsed time: all of it to
// the caller's `subt` (time spent in sub-calls), and the part not spent in
// sub-calls to the function's inline time (tottime).  Recursion: each
// entry counts how deep it is on the stack now (recursion_level); only
// the outermost call's time goes into the total time (cumtime), so that a
// recursive function's time is not counted once per level, and the inner
// calls are counted as recursive (reccallcount: ncalls shows "total/
// primitive", 57291/21).  With subcalls on, the same is kept per
// (caller, callee) pair: what pstats shows as callers and callees.
//
// Invariants: an Entry owns a reference to what identifies it (the code
// object, or a str naming the built-in), so its key's address is not
// reused while the profiler lives; the Context stack refers to Entries,
// which are only freed by clear() (after the stack is emptied) and by the
// profiler's deallocation.
#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <vector>

#include "interp/ceval_internal.hpp"
#include "interp/ceval_trace.hpp"
#include "interp/frame.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/import.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/structseq.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// ---- the statistics ---------------------------------------------------------------------------

struct Entry;

// One callee as called from one caller (CPython: ProfilerSubEntry).
struct SubEntry {
    Entry* callee;
    std::int64_t tt = 0;  // total time of the calls from this caller
    std::int64_t it = 0;  // their inline time
    long callcount = 0;
    long reccallcount = 0;
    long recursion_level = 0;
};

// One function (CPython: ProfilerEntry).  Times are in timer units:
// nanoseconds, or the units of an external timer.
struct Entry {
    Object* user_obj;     // the code object, or a str for a built-in (owned)
    std::int64_t tt = 0;  // total time, sub-calls included, outermost calls only
    std::int64_t it = 0;  // inline time, without sub-calls
    long callcount = 0;
    long reccallcount = 0;
    long recursion_level = 0;  // how many of its calls are running now
    std::vector<SubEntry> calls;                       // its callees, in order of first call
    std::unordered_map<const Entry*, std::size_t> call_index;

    SubEntry* find_call(const Entry* callee) {
        auto it = call_index.find(callee);
        return it == call_index.end() ? nullptr : &calls[it->second];
    }
};

// A call in progress (CPython: ProfilerContext).
struct Context {
    std::int64_t t0;    // when it started
    std::int64_t subt;  // time spent in the calls it made
    Entry* entry;
};

// CPython's POF_* flags.
constexpr int POF_ENABLED = 0x001;
constexpr int POF_SUBCALLS = 0x002;
constexpr int POF_BUILTINS = 0x004;

struct ProfilerState {
    std::vector<std::unique_ptr<Entry>> entries;  // in order of first call
    std::unordered_map<const void*, Entry*> index;  // code object or BuiltinDef -> its entry
    std::vector<Context> stack;
    int flags = 0;
    Object* external_timer = nullptr;  // owned, or null for the built-in clock
    double timer_unit = 0.0;           // seconds per unit of an external timer's int, 0 for seconds

    ~ProfilerState() {
        for (auto& e : entries) decref(e->user_obj);
        xdecref(external_timer);
    }
};

struct ProfilerObject : Object {
    ProfilerState* state;
};

ProfilerState& state_of(Object* self) { return *static_cast<ProfilerObject*>(self)->state; }

// ---- the clock ---------------------------------------------------------------------------------

// An external timer's reading (CPython: CallExternalTimer): with a time
// unit, an int counted in that unit; without, seconds (an int or a float)
// converted to nanoseconds, rounded down.  0 if the timer failed.
std::int64_t call_external_timer(ProfilerState& s) {
    Ref<> value = Ref<>::steal(call(s.external_timer, nullptr, 0));
    if (!value) {
        interp::write_unraisable(s.external_timer);
        return 0;
    }
    Object* v = value.get();
    std::int64_t result = 0;
    bool ok = false;
    if (s.timer_unit > 0.0) {
        if (!is_int(v)) {
            set_error_fmt(&exc::TypeError, "expect int, got {}", type_name(v));
        } else if (!int_fits_i64(v, &result)) {
            set_error(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
        } else {
            ok = true;
        }
    } else if (is_float(v)) {
        double ns = std::floor(float_value(v) * 1e9);
        if (std::isnan(ns)) {
            set_error(&exc::ValueError, "Invalid value NaN (not a number)");
        } else if (!(ns >= -9.2e18 && ns <= 9.2e18)) {
            set_error(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
        } else {
            result = static_cast<std::int64_t>(ns);
            ok = true;
        }
    } else if (is_int(v)) {
        std::int64_t secs;
        if (!int_fits_i64(v, &secs) || secs > INT64_MAX / 1000000000 || secs < INT64_MIN / 1000000000) {
            set_error(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
        } else {
            result = secs * 1000000000;
            ok = true;
        }
    } else {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(v));
    }
    if (!ok) {
        interp::write_unraisable(s.external_timer);
        return 0;
    }
    return result;
}

// The built-in clock is the monotonic one time.perf_counter reads, in
// nanoseconds (CPython: _PyTime_GetPerfCounter).
std::int64_t call_timer(ProfilerState& s) {
    if (s.external_timer) return call_external_timer(s);
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// ---- naming a built-in ------------------------------------------------------------------------

// What a built-in's entry shows instead of the function (CPython:
// normalizeUserObj, so that the entry does not keep __self__ alive): a
// method is shown as its type's attribute is ("<method 'append' of 'list'
// objects>"), a module's function with its module ("<built-in method
// builtins.len>"); pstats turns the angle brackets into braces.
Object* builtin_label(BuiltinFunctionObject* fn) {
    const char* name = fn->def->name;
    Object* self = fn->self;
    if (!self) return str_from_utf8(fmt::format("<{}>", name));
    Ref<> key = Ref<>::steal(str_from_utf8(name));
    if (!key) return nullptr;
    if (Object* found = type_lookup(self->ob_type, key.get())) {
        Ref<> keep = Ref<>::borrow(found);
        if (Object* shown = repr(found)) return shown;
        clear_error();
    }
    if (is_module(self)) return str_from_utf8(fmt::format("<built-in method {}.{}>", module_name(self), name));
    return str_from_utf8(fmt::format("<built-in method {}>", name));
}

// ---- the algorithm (CPython: initContext, Stop, ptrace_enter_call/leave_call) -----------------

Entry* new_entry(ProfilerState& s, const void* key, Object* callee) {
    Object* label = callee->ob_type == &builtin_function_type
                        ? builtin_label(static_cast<BuiltinFunctionObject*>(callee))
                        : new_ref(callee).release();
    if (!label) return nullptr;
    auto entry = std::make_unique<Entry>();
    entry->user_obj = label;
    Entry* e = entry.get();
    s.entries.push_back(std::move(entry));
    s.index.emplace(key, e);
    return e;
}

Entry* find_entry(ProfilerState& s, const void* key) {
    auto it = s.index.find(key);
    return it == s.index.end() ? nullptr : it->second;
}

// A call starts: a new context on the stack, one level deeper for the
// function and for its (caller, callee) pair.
void init_context(ProfilerState& s, Entry* entry) {
    Entry* caller = s.stack.empty() ? nullptr : s.stack.back().entry;
    s.stack.push_back(Context{0, 0, entry});
    ++entry->recursion_level;
    if ((s.flags & POF_SUBCALLS) && caller) {
        SubEntry* sub = caller->find_call(entry);
        if (!sub) {
            caller->call_index.emplace(entry, caller->calls.size());
            caller->calls.push_back(SubEntry{entry});
            sub = &caller->calls.back();
        }
        ++sub->recursion_level;
    }
    // Read last, so that the bookkeeping above is not charged to the call.
    s.stack.back().t0 = call_timer(s);
}

// A call ends: its time goes to the entry (total time only at the
// outermost level) and, as sub-call time, to the caller's context.
void stop(ProfilerState& s, Entry* entry) {
    std::int64_t tt = call_timer(s) - s.stack.back().t0;
    std::int64_t it = tt - s.stack.back().subt;
    s.stack.pop_back();
    Context* previous = s.stack.empty() ? nullptr : &s.stack.back();
    if (previous) previous->subt += tt;
    if (--entry->recursion_level == 0)
        entry->tt += tt;
    else
        ++entry->reccallcount;
    entry->it += it;
    ++entry->callcount;
    if ((s.flags & POF_SUBCALLS) && previous) {
        if (SubEntry* sub = previous->entry->find_call(entry)) {
            if (--sub->recursion_level == 0)
                sub->tt += tt;
            else
                ++sub->reccallcount;
            sub->it += it;
            ++sub->callcount;
        }
    }
}

void enter_call(ProfilerState& s, const void* key, Object* callee) {
    Entry* entry = find_entry(s, key);
    if (!entry && !(entry = new_entry(s, key, callee))) {
        clear_error();  // the call goes unrecorded; the profiled code must not fail for it
        return;
    }
    init_context(s, entry);
}

// A return matches the innermost running call; one with no call running
// (the profiler was enabled inside the function) is ignored.
void leave_call(ProfilerState& s, const void* key) {
    if (s.stack.empty()) return;
    if (Entry* entry = find_entry(s, key))
        stop(s, entry);
    else
        s.stack.pop_back();
}

// The profile hook (CPython: profiler_callback).  'exception' needs no
// handling: a function left by an exception still gets its 'return'.
bool profiler_callback(Object* obj, void* frame, int what, Object* arg) {
    ProfilerState& s = state_of(obj);
    // The event may come while an exception propagates: keep it aside
    // while the timer or a repr runs.
    Ref<> saved = fetch_error();
    Ref<> keep = Ref<>::borrow(obj);  // an external timer may drop the profiler
    switch (what) {
    case interp::pytrace::CALL: {
        Object* code = static_cast<interp::Frame*>(frame)->f_code;
        enter_call(s, code, code);
        break;
    }
    case interp::pytrace::RETURN:
        leave_call(s, static_cast<interp::Frame*>(frame)->f_code);
        break;
    case interp::pytrace::C_CALL:
        if ((s.flags & POF_BUILTINS) && arg->ob_type == &builtin_function_type)
            enter_call(s, static_cast<BuiltinFunctionObject*>(arg)->def, arg);
        break;
    case interp::pytrace::C_RETURN:
    case interp::pytrace::C_EXCEPTION:
        if ((s.flags & POF_BUILTINS) && arg->ob_type == &builtin_function_type)
            leave_call(s, static_cast<BuiltinFunctionObject*>(arg)->def);
        break;
    default:
        break;
    }
    if (saved) set_exception(saved.get());
    return true;
}

// Ends the calls still running, as if they returned now (CPython:
// flush_unmatched): after disable() the functions that enabled the
// profiler are charged up to this point.
void flush_unmatched(ProfilerState& s) {
    while (!s.stack.empty()) stop(s, s.stack.back().entry);
}

void clear_entries(ProfilerState& s) {
    s.stack.clear();
    s.index.clear();
    for (auto& e : s.entries) decref(e->user_obj);
    s.entries.clear();
}

// ---- getstats() ---------------------------------------------------------------------------------

TypeObject entry_type{};
TypeObject subentry_type{};

constexpr StructSeqField ENTRY_FIELDS[] = {
    {"code", "code object or built-in function name"},
    {"callcount", "how many times this was called"},
    {"reccallcount", "how many times called recursively"},
    {"totaltime", "total time in this entry"},
    {"inlinetime", "inline time in this entry (not in subcalls)"},
    {"calls", "details of the calls"},
};
constexpr StructSeqField SUBENTRY_FIELDS[] = {
    {"code", "called code object or built-in function name"},
    {"callcount", "how many times this is called"},
    {"reccallcount", "how many times this is called recursively"},
    {"totaltime", "total time spent in this call"},
    {"inlinetime", "inline time (not in further subcalls)"},
};
const StructSeqDesc ENTRY_DESC{"_lsprof.profiler_entry", nullptr, ENTRY_FIELDS, 6};
const StructSeqDesc SUBENTRY_DESC{"_lsprof.profiler_subentry", nullptr, SUBENTRY_FIELDS, 5};

Object* subentry_stats(const SubEntry& sub, double factor) {
    Object* items[] = {new_ref(sub.callee->user_obj).release(), int_from_ssize(sub.callcount),
                       int_from_ssize(sub.reccallcount), float_from_double(factor * static_cast<double>(sub.tt)),
                       float_from_double(factor * static_cast<double>(sub.it))};
    return structseq_new(&subentry_type, items);
}

Object* entry_stats(const Entry& e, double factor) {
    Ref<> calls;
    if (e.calls.empty()) {
        calls = Ref<>::borrow(None());
    } else {
        calls = Ref<>::steal(list_new(0));
        if (!calls) return nullptr;
        for (const SubEntry& sub : e.calls)
            if (!put_in_list(calls.get(), subentry_stats(sub, factor))) return nullptr;
    }
    Object* items[] = {new_ref(e.user_obj).release(), int_from_ssize(e.callcount), int_from_ssize(e.reccallcount),
                       float_from_double(factor * static_cast<double>(e.tt)),
                       float_from_double(factor * static_cast<double>(e.it)), calls.release()};
    return structseq_new(&entry_type, items);
}

// getstats(): a profiler_entry per function called at least once, times
// in seconds (an external timer's ints scaled by its unit).
Object* profiler_getstats(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames))) {  // Argument Clinic's message for this one
        set_error(&exc::TypeError, "getstats() takes no arguments");
        return nullptr;
    }
    ProfilerState& s = state_of(self);
    double factor = s.external_timer && s.timer_unit != 0.0 ? s.timer_unit : 1.0 / 1e9;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    for (auto& e : s.entries) {
        if (e->callcount == 0) continue;
        if (!put_in_list(result.get(), entry_stats(*e, factor))) return nullptr;
    }
    return result.release();
}

// ---- the Profiler type ------------------------------------------------------------------------

// A flag from an int argument: 0 clears, > 0 sets, < 0 (the default of
// enable()) keeps (CPython: setSubcalls, setBuiltins).
void set_flag(ProfilerState& s, int flag, int value) {
    if (value == 0)
        s.flags &= ~flag;
    else if (value > 0)
        s.flags |= flag;
}

bool int_flags(Object* subcalls, Object* builtins, ProfilerState& s) {
    int sub = -1, blt = -1;
    if (subcalls && !arg_int(subcalls, &sub)) return false;
    if (builtins && !arg_int(builtins, &blt)) return false;
    set_flag(s, POF_SUBCALLS, sub);
    set_flag(s, POF_BUILTINS, blt);
    return true;
}

// enable(subcalls=True, builtins=True)
Object* profiler_enable(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"subcalls", "builtins"};
    static constexpr ArgParser parser{"enable", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    ProfilerState& s = state_of(self);
    if (!int_flags(argv[0], argv[1], s)) return nullptr;
    interp::set_profile_hook(ThreadState::current(), profiler_callback, self);
    s.flags |= POF_ENABLED;
    return new_ref(None()).release();
}

Object* profiler_disable(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("Profiler.disable", nargs, kwnames)) return nullptr;
    Ref<> keep = Ref<>::borrow(self);  // the thread's reference goes now
    interp::set_profile_hook(ThreadState::current(), nullptr, nullptr);
    ProfilerState& s = state_of(self);
    s.flags &= ~POF_ENABLED;
    flush_unmatched(s);
    return new_ref(None()).release();
}

Object* profiler_clear(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("Profiler.clear", nargs, kwnames)) return nullptr;
    clear_entries(state_of(self));
    return new_ref(None()).release();
}

const BuiltinDef PROFILER_METHODS[] = {
    {"getstats", profiler_getstats,
     "getstats() -> list of profiler_entry objects\n\nThe collected statistics: one profiler_entry per function "
     "called\n(code, callcount, reccallcount, totaltime, inlinetime, calls),\nwhere calls is None or a list of "
     "profiler_subentry objects\n(code, callcount, reccallcount, totaltime, inlinetime)."},
    {"enable", profiler_enable,
     "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information; with subcalls, per caller "
     "too;\nwith builtins, the built-in functions as functions of their own."},
    {"disable", profiler_disable, "disable()\n\nStop collecting profiling information.\n"},
    {"clear", profiler_clear, "clear()\n\nClear all profiling information collected so far.\n"},
    {nullptr, nullptr, nullptr},
};

Object* profiler_new(TypeObject* type, Object*, Object*) {
    Object* o = alloc_object(type);
    if (!o) return no_memory();
    auto* p = static_cast<ProfilerObject*>(o);
    p->state = new ProfilerState;
    p->state->flags = POF_SUBCALLS | POF_BUILTINS;
    return o;
}

// Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)
int profiler_init(Object* self, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"timer", "timeunit", "subcalls", "builtins"};
    static constexpr ArgParser parser{"Profiler", kw, 0, 4, 0};
    Object* argv[4];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return -1;
    ProfilerState& s = state_of(self);
    double unit = 0.0;
    if (argv[1] && !float_as_double(argv[1], &unit)) return -1;
    int subcalls = 1, builtins = 1;
    if (argv[2] && !arg_int(argv[2], &subcalls)) return -1;
    if (argv[3] && !arg_int(argv[3], &builtins)) return -1;
    set_flag(s, POF_SUBCALLS, subcalls);
    set_flag(s, POF_BUILTINS, builtins);
    s.timer_unit = unit;
    Object* old = s.external_timer;
    s.external_timer = argv[0] ? new_ref(argv[0]).release() : nullptr;
    xdecref(old);
    return 0;
}

// An enabled profiler is not freed: the thread's profile function holds it.
void profiler_dealloc(Object* self) {
    auto* p = static_cast<ProfilerObject*>(self);
    delete p->state;
    p->state = nullptr;
    free_object(self);
}

TypeObject make_profiler_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_lsprof.Profiler";
    t.tp_doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
               "    A profiler measuring with the given timer, or with a fast built-in\n"
               "    real-time clock.  A timer returning ints is read in units of\n"
               "    timeunit seconds.\n";
    t.tp_basicsize = sizeof(ProfilerObject);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_dealloc = profiler_dealloc;
    t.tp_methods = PROFILER_METHODS;
    t.tp_new = profiler_new;
    t.tp_init = profiler_init;
    return t;
}

TypeObject profiler_type = make_profiler_type();

Object* make_lsprof_module() {
    if (!profiler_type.tp_dict && type_ready(&profiler_type) < 0) return nullptr;
    if (!entry_type.tp_dict && !structseq_init_type(&entry_type, ENTRY_DESC)) return nullptr;
    if (!subentry_type.tp_dict && !structseq_init_type(&subentry_type, SUBENTRY_DESC)) return nullptr;
    Ref<> m = Ref<>::steal(module_new("_lsprof"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    Ref<> doc = Ref<>::steal(str_from_utf8("Fast profiler"));
    if (!doc || dict_setitem_str(d, "__doc__", doc.get()) < 0) return nullptr;
    if (dict_setitem_str(d, "Profiler", &profiler_type) < 0 ||
        dict_setitem_str(d, "profiler_entry", &entry_type) < 0 ||
        dict_setitem_str(d, "profiler_subentry", &subentry_type) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_lsprof_module() { register_native_module("_lsprof", make_lsprof_module); }

}  // namespace glasspy::stdlib
