// sys.settrace and sys.setprofile: the events the eval loop gives a trace
// or profile function (CPython 3.11: Python/ceval.c call_trace,
// maybe_call_line_trace, trace_function_entry/exit, C_TRACE, and
// Python/sysmodule.c trace_trampoline, profile_trampoline).
//
// With tracing off the eval loop dispatches through its ordinary table and
// pays nothing for this.  When a thread's use_tracing is on, every
// instruction first goes through the loop's tracing entry, which calls
// trace_instruction and then runs the instruction: 'call' at RESUME (a
// function starting, a generator resuming), 'line' when an instruction
// starts a new line or jumps back, 'return' at RETURN_VALUE and
// YIELD_VALUE.  The exception path adds 'exception' and the 'return' of a
// frame left by an exception; calls of built-ins under a profile function
// add 'c_call', 'c_return' and 'c_exception'.
//
// The trace function receives 'call' and decides by its return value
// whether the frame is traced (that value becomes frame.f_trace, which
// receives the frame's later events); the profile function receives every
// event but 'line', 'exception' and 'opcode', and its result is ignored.
// Neither one's own code is traced, and one that raises is unset.
#pragma once

#include "interp/frame.hpp"
#include "runtime/state.hpp"

namespace glasspy::interp {

// The events, numbered as CPython's PyTrace_* constants: the `what` a
// ProfileHook receives.
namespace pytrace {
enum : int { CALL = 0, EXCEPTION = 1, LINE = 2, RETURN = 3, C_CALL = 4, C_EXCEPTION = 5, C_RETURN = 6, OPCODE = 7 };
}

// A profiler written in C++ (rt::ThreadState::profile_hook): `frame` is the
// running Frame*, `arg` the built-in of a C event or the value returned.
using ProfileHook = bool (*)(Object* obj, void* frame, int what, Object* arg);

// Before an instruction runs, with use_tracing on; `top` is the value
// stack's top (what RETURN_VALUE returns).  False: a trace function
// raised, the instruction must not run.
bool trace_instruction(rt::ThreadState* ts, Frame* frame, int opcode, Object* top);

// 'exception' with (type, value, traceback): an exception was raised in
// the frame or reached it from a callee.  A trace function that raises
// replaces the exception.
void trace_exception(rt::ThreadState* ts, Frame* frame);

// 'return' with None: the frame is left by an exception, which survives
// unless a trace function raised.
void trace_unwind(rt::ThreadState* ts, Frame* frame);

// 'call' of a generator frame resumed by throw(); false if a trace
// function raised (its exception replaces the thrown one).
bool trace_throw_entry(rt::ThreadState* ts, Frame* frame);

// Calls a non-Python callable; under a profile function a built-in
// function or method gives 'c_call', then 'c_return' or 'c_exception'.
Object* call_profiled(rt::ThreadState* ts, Object* callable, Object* const* args, rt::ssize_t nargs,
                      Object* kwnames);

// Each thread's use_tracing again, after the trace views changed what they
// want (trace_view.hpp).
void refresh_use_tracing();

// Whether the eval loop sends every instruction through its tracing entry
// (ceval.cpp): on while at least one thread's use_tracing is, so that with
// no tracing anywhere dispatching costs what it would without tracing.
void set_dispatch_tracing(bool on);

// A thread that ends: its trace and profile functions go, and it counts no
// more among the threads that trace.
void end_thread_tracing(rt::ThreadState* ts);

// sys.settrace(func) / sys.setprofile(func): null or None unsets.
void set_trace_function(rt::ThreadState* ts, Object* func);
void set_profile_function(rt::ThreadState* ts, Object* func);
// A C++ profiler, called with obj (which sys.getprofile() then returns)
// instead of a Python callable (CPython: PyEval_SetProfile); a null obj
// unsets.
void set_profile_hook(rt::ThreadState* ts, ProfileHook hook, Object* obj);

}  // namespace glasspy::interp
