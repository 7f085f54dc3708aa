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
// Invariant: the only piece of interpreter state kept outside this struct is
// tracing::trace_mask (object.hpp), a copy of which trace views are on, so
// that incref/decref test it with a single load; set_trace_hook keeps the two
// in step.
#pragma once

#include "gc/gc_head.hpp"
#include "runtime/object.hpp"

namespace glasspy::rt {

struct ThreadState;

// Receives every reference count change while the refcount view is on.
using RefcountHook = void (*)(void* context, Object* op, ssize_t old_count, ssize_t new_count);

struct InterpreterState {
    gc::GCState gc;
    // sys.getrecursionlimit(): CPython 3.11's default.
    int recursion_limit = 1000;
    ThreadState* threads = nullptr;

    RefcountHook refcount_hook = nullptr;
    void* refcount_context = nullptr;

    // The one interpreter.
    static InterpreterState& main();

    // Subscribes a hook to reference count changes (null unsubscribes).
    void set_refcount_hook(RefcountHook hook, void* context);
};

struct ThreadState {
    InterpreterState* interp = nullptr;
    ThreadState* next = nullptr;
    int recursion_depth = 0;

    // The calling thread's state (null on a thread that runs no Python code).
    static ThreadState*& current();
};

inline InterpreterState& interp() { return InterpreterState::main(); }

}  // namespace glasspy::rt
