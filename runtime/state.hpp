// The interpreter state and the per-thread state (CPython:
// Include/internal/pycore_interp.h, pycore_pystate.h; Lua's global_State /
// lua_State split).
//
// Everything that would otherwise be a global lives here: the collector's
// generations, the free lists, the recursion limit, the trace subscriptions,
// the threads.  There is one interpreter per process; each OS thread that
// runs Python code has a ThreadState, reachable through
// ThreadState::current().
//
// Invariant: mutable run-time state lives here (free lists, the type
// attribute cache, sys.set_int_max_str_digits' limit, the collector ...).
// Outside these structs are only what CPython 3.11 also keeps per process:
// the static types and singletons (None, True, the small ints), the table
// of interned strings and the one-character strings, the type version tag
// counter, the small-object allocator's arenas and pools (obmalloc.cpp), as
// CPython's _PyRuntime; and tracing::trace_mask (object.hpp), a copy of
// which trace views are on, so that incref/decref test it with a single
// load (set_trace_hook keeps the two in step).
#pragma once

#include <atomic>
#include <vector>

#include "gc/gc_head.hpp"
#include "runtime/object.hpp"
// ---- containers (tuple/list/dict/slice work): free-list state types ----
#include "runtime/dict.hpp"
#include "runtime/list.hpp"
#include "runtime/slice.hpp"
#include "runtime/tuple.hpp"
#include "runtime/number_state.hpp"
#include "runtime/type_cache.hpp"
// ---- end containers ----

namespace glasspy::rt {

struct ThreadState;
struct LiveObjects;  // leakcheck.hpp

// Receives every reference count change while the refcount view is on.
using RefcountHook = void (*)(void* context, Object* op, ssize_t old_count, ssize_t new_count);

struct InterpreterState {
    gc::GCState gc;
    // sys.getrecursionlimit(): CPython 3.11's default.
    int recursion_limit = 1000;
    ThreadState* threads = nullptr;

    // ---- containers (tuple/list/dict/slice work): free lists --------------------
    // Each type's free-list state is declared next to the type (tuple.hpp,
    // list.hpp, dict.hpp, slice.hpp), as CPython 3.11 keeps _Py_tuple_state,
    // _Py_list_state, _Py_dict_state and slice_cache in PyInterpreterState.
    TupleState tuple_state;
    ListState list_state;
    DictState dict_state;
    SliceState slice_state;
    // ---- end containers ----
    FloatState float_state;  // float.hpp
    IntState int_state;      // int.cpp
    // What type_lookup found (typeobject.hpp, type_cache.hpp).
    AttrCacheEntry type_cache[ATTR_CACHE_SIZE];

    // Set when the eval loop must stop at its next check point (a backward
    // jump or a function's start) and see to something: a signal arrived
    // (Ctrl-C); later also GIL drop requests and pending calls (CPython:
    // ceval.eval_breaker).  Written by signal handlers, hence atomic.
    std::atomic<int> eval_breaker{0};
    std::atomic<int> sigint_pending{0};

    // ---- import (import.cpp) ----
    Object* modules = nullptr;   // sys.modules (a dict, owned)
    Object* sys_dict = nullptr;  // the sys module's namespace (owned)
    Object* builtins = nullptr;  // the builtins module (owned)
    // The modules written in C++ (stdlib/ registers them at start-up):
    // name, and the function that makes a new module object.
    struct NativeModule {
        const char* name;
        Object* (*create)();
    };
    std::vector<NativeModule> native_modules;
    // sys.is_finalizing(): set as the interpreter starts to tear down.
    bool finalizing = false;
    // Every class alive (not owned), for the exit-time cleanup (finalize.cpp).
    std::vector<TypeObject*> heap_types;
    // Every built-in type type_ready has readied: what their namespaces hold
    // is the runtime's own, for the leak check (leakcheck.cpp).
    std::vector<TypeObject*> static_types;
    // The objects the allocator handed out and that were not freed, recorded
    // only under GLASSPY_LEAKCHECK (null otherwise; leakcheck.hpp).
    LiveObjects* live_objects = nullptr;
    // Objects that C++ statics hold for the life of the process (the shared
    // '' and one-character strs and bytes, classes made on first use), not
    // owned: roots for the leak check, as CPython's _PyRuntime statics.
    std::vector<Object*> static_roots;

    RefcountHook refcount_hook = nullptr;
    void* refcount_context = nullptr;
    // The trace views' other receivers (interp/trace_view.cpp), each called
    // while its kind's bit of tracing::trace_mask is on: an object's memory
    // handed out or taken back, by the allocator or a free list (numfree:
    // the list's length after; -1 for the allocator), and a collection.
    struct TraceHooks {
        void (*allocated)(Object* op, bool free_list, int numfree) = nullptr;
        void (*freed)(Object* op, bool free_list, int numfree) = nullptr;
        // What one collection found and did.
        struct Collection {
            int generation;
            ssize_t examined;
            ssize_t unreachable;
            ssize_t collected;    // gc.collect()'s count (CPython's, weak references included)
            ssize_t died_early;   // unreachable ones that refcounting freed while finalizers ran
            ssize_t resurrected;  // unreachable ones a finalizer made reachable again
            ssize_t survivors;
            ssize_t untracked;    // survivors that left the lists (tuples of atoms); the others moved on
        };
        void (*collected)(const Collection&) = nullptr;
        // A collection of `generation` (and the younger ones) starts: by
        // gc.collect() (`manual`), or because `count` passed `threshold`.
        void (*collecting)(int generation, bool manual, ssize_t count, ssize_t threshold) = nullptr;
        // What a collection does to one object (a GcObjectEvent): found
        // unreachable; its weak reference `ref`'s callback about to run;
        // its finalizer about to run; made reachable again by a finalizer.
        void (*gc_object)(int what, Object* op, Object* ref) = nullptr;
        // The GIL went from thread `from` to thread `to` (their names),
        // which let go of it for `why` (a GilRelease); the switch interval
        // in microseconds.
        void (*gil_handed)(const std::string& from, const std::string& to, int why, long interval_us) = nullptr;
    } trace_hooks;

    // The one interpreter.
    static InterpreterState& main();

    // Subscribes a hook to reference count changes (null unsubscribes).
    void set_refcount_hook(RefcountHook hook, void* context);
};

struct ThreadState {
    InterpreterState* interp = nullptr;
    ThreadState* next = nullptr;
    // Native recursion (repr of nested containers, comparisons, ...) counted
    // against interp->recursion_limit, so that it raises RecursionError
    // instead of overflowing the C++ stack.
    int recursion_depth = 0;
    // The exception being raised (owned), or null (errors.hpp).
    Object* current_exception = nullptr;
    // The exception being handled by an `except` block (owned), or null:
    // what a new exception's __context__ becomes (CPython: exc_info).
    Object* handled_exception = nullptr;
    // The innermost running frame (an interp::Frame, which the runtime does
    // not see into), or null.
    void* frame = nullptr;
    // The stack that frames are carved from (interp/frame.cpp, CPython 3.11's
    // datastack): the chunk in use (opaque here), the first free slot in it
    // and its end.  Calls push and returns pop in LIFO order.
    void* frame_chunk = nullptr;
    Object** frame_chunk_first = nullptr;  // the current chunk's first slot
    Object** frame_top = nullptr;
    Object** frame_limit = nullptr;
    void* frame_spare_chunk = nullptr;  // the last chunk popped, kept for reuse
    // sys.settrace / sys.setprofile (interp/ceval_trace.cpp): the functions
    // receiving this thread's events (owned), or null; how many trace or
    // profile calls are running (none of their own code is traced); the
    // event being delivered (CPython: tracing_what; 0, "call", outside one);
    // and whether events go anywhere now (a function is set and none is
    // running), which the eval loop compares with its mode after calls.
    Object* trace_func = nullptr;
    Object* profile_func = nullptr;
    // A profiler written in C++ (CPython: the Py_tracefunc that
    // PyEval_SetProfile takes, as _lsprof uses): called instead of calling
    // profile_func, with profile_func as `obj`, the running interp::Frame,
    // the event (CPython's PyTrace_* number) and its argument; false when
    // it raised.  Null while profile_func is a Python callable.
    bool (*profile_hook)(Object* obj, void* frame, int what, Object* arg) = nullptr;
    int tracing = 0;
    int tracing_what = 0;
    bool use_tracing = false;
    // sys.set_asyncgen_hooks (interp/asyncgen.cpp): called with an async
    // generator when it is first iterated, and when one that did not finish
    // is garbage (owned, or null).
    Object* asyncgen_firstiter = nullptr;
    Object* asyncgen_finalizer = nullptr;
    // ---- containers (tuple/list/dict/slice work) ----
    // The containers whose repr is in progress on this thread (a list, owned;
    // null until first needed): how "[[...]]" detects recursion (CPython keeps
    // it in the thread state dict under "Py_Repr": Py_ReprEnter).
    Object* repr_running = nullptr;
    // The trashcan (CPython: trash_delete_nesting / trash_delete_later):
    // how deep container deallocations are nested on this thread, and the
    // containers whose deallocation was put off until the nesting unwinds
    // (chained through their GC headers' gc_prev), so that freeing a list
    // nested a million deep does not recurse a million C++ frames.
    int trash_delete_nesting = 0;
    Object* trash_delete_later = nullptr;
    // ---- end containers ----

    // What the trace views call the thread: "MainThread", the name of the
    // threading.Thread that started it, else empty (thread_name()).
    std::string name;

    // The calling thread's state (null on a thread that runs no Python code).
    static ThreadState*& current();
};

namespace detail {
// Behind ThreadState::current(), defined in the header so that the hot
// paths read it without a call.
inline thread_local ThreadState* current_thread_state = nullptr;
}  // namespace detail

inline ThreadState*& ThreadState::current() { return detail::current_thread_state; }

// The one interpreter.  Constructed before every other static object
// (init_priority in state.cpp), so static constructors elsewhere may use
// it; interp() is then a plain address, as cheap as a global.
extern InterpreterState the_interpreter;
inline InterpreterState& interp() { return the_interpreter; }

}  // namespace glasspy::rt
