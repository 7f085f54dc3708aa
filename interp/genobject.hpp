// Generators (CPython: Objects/genobject.c).
//
// Calling a generator function runs its frame only as far as
// RETURN_GENERATOR, which moves the frame to the heap, hands it to a new
// generator object and returns that.  next()/send() push a value on the
// frame's stack and run it from where it stopped, as an entry frame of the
// eval loop; YIELD_VALUE returns from that run with the frame suspended,
// RETURN_VALUE completes it (StopIteration carries the return value).
// A for loop over a generator and a yield from / await of one do not go
// through next()/send(): the eval loop pushes the generator's frame on top
// of its own and goes on there, with no C++ call (CPython 3.12's
// FOR_ITER_GEN and SEND_GEN); gen_start and gen_stop are what both ways
// share.
//
// Coroutines (interp/coroutine.cpp) and async generators
// (interp/asyncgen.cpp) are the same object with another type: the code's
// flags (CO_COROUTINE, CO_ASYNC_GENERATOR) pick it, and the machinery here
// (send, throw, close, yield-from delegation) serves all three, as CPython's
// gen_send_ex2 does.
#pragma once

#include "interp/frame.hpp"
#include "runtime/type.hpp"

namespace glasspy::interp {

struct GenObject : Object {
    Frame* gi_frame;         // owned (heap); completed once the generator is exhausted
    Object* gi_code;         // owned
    Object* gi_name;         // str
    Object* gi_qualname;     // str
    Object* gi_exc;          // the exception being handled inside, kept while suspended (or null)
    Object* gi_resumer_exc;  // while it runs: the exception its resumer was handling (borrowed)
    Object* gi_weakreflist;  // weak references to it (CPython's gi_weakreflist), or null
    bool gi_running;
    // Run by the eval loop for a CALL of its send() (not by gen_send_ex):
    // its yield is that call's result, its return raises StopIteration
    // there.  Cleared when the run ends.
    bool gi_resumed_by_call;
};

// An async generator adds the state of its asend/athrow protocol
// (CPython: PyAsyncGenObject).
struct AsyncGenObject : GenObject {
    Object* ag_finalizer;   // sys.set_asyncgen_hooks' finalizer when it was first iterated (owned), or null
    bool ag_hooks_inited;   // the hooks were looked at (first iteration)
    bool ag_closed;         // aclose() ran or it finished
    bool ag_running_async;  // an asend/athrow awaitable is running it
};

extern rt::TypeObject generator_type;
extern rt::TypeObject coroutine_type;
extern rt::TypeObject async_generator_type;

inline bool is_generator(const Object* o) { return o->ob_type == &generator_type; }
inline bool is_coroutine(const Object* o) { return o->ob_type == &coroutine_type; }
inline bool is_async_generator(const Object* o) { return o->ob_type == &async_generator_type; }
// A generator or a coroutine: what yield from / await drive directly
// (CPython: PyGen_CheckExact(o) || PyCoro_CheckExact(o)).
inline bool is_gen_or_coro(const Object* o) { return is_generator(o) || is_coroutine(o); }

// RETURN_GENERATOR: a generator, coroutine or async generator (by the
// code's flags) owning `frame` (moved off the frame stack).
Object* gen_new_from_frame(Frame* frame);

// The finalizer of a dying generator, coroutine or async generator (its
// refcount is 0), unless it already ran; false if it resurrected the object
// (then it stays).
bool gen_finalize_once(GenObject* gen, void (*finalize)(GenObject*));

// gi_frame / cr_frame / ag_frame: the frame's object, None once completed.
Object* gen_frame_object(GenObject* gen);

// What one step of a generator (or any iterator, for yield from) gave.
enum class SendResult { next, returned, error };

// Whether a run can start: not running, not exhausted.
inline bool gen_can_start(const GenObject* gen) {
    return !gen->gi_running && gen->gi_frame->state <= FrameState::suspended;
}
// The start of a run: inside, sys.exc_info() is what the generator was
// handling when it stopped, if anything; the resumer's is kept aside.
[[gnu::always_inline]] inline void gen_start(rt::ThreadState* ts, GenObject* gen) {
    Object* outer = ts->handled_exception;
    gen->gi_resumer_exc = outer;
    if (gen->gi_exc) {
        ts->handled_exception = gen->gi_exc;
        gen->gi_exc = nullptr;
    } else {
        rt::xincref(outer);  // as if the frame had pushed it (PUSH_EXC_INFO)
    }
    gen->gi_running = true;
    gen->gi_frame->state = FrameState::executing;
}
// The end of a run (the frame yielded, returned or raised): the exception
// it is handling at a yield stays with it, the resumer's comes back.
[[gnu::always_inline]] inline void gen_stop(rt::ThreadState* ts, GenObject* gen) {
    gen->gi_running = false;
    gen->gi_resumed_by_call = false;
    Object* outer = gen->gi_resumer_exc;
    gen->gi_resumer_exc = nullptr;
    Object* inner = ts->handled_exception;
    if (inner != outer)
        gen->gi_exc = inner;
    else
        rt::xdecref(inner);
    ts->handled_exception = outer;
}
// PEP 479: a StopIteration escaping the body of a run that raised would end
// the caller's loop silently; it becomes a RuntimeError (and so does a
// StopAsyncIteration escaping an async generator, PEP 525).
void gen_forbid_stop_iteration(GenObject* gen);

// ---- the shared machinery (genobject.cpp), for coroutine.cpp and asyncgen.cpp
// "generator", "coroutine" or "async generator", for messages.
const char* gen_kind(const GenObject* gen);
// One run of the frame (CPython: gen_send_ex2).  With `throwing`, the
// exception already set is raised where the frame stopped; `closing` keeps
// an exhausted coroutine silent (close()).
SendResult gen_send_ex(GenObject* gen, Object* arg, Object** result, bool throwing, bool closing = false);
// A step's outcome as a call returns it: the yielded value, or null with
// StopIteration carrying the return value (a None one left out when
// `none_is_silent`, as next() does).
Object* gen_step_result(SendResult s, Object* result, bool none_is_silent);
Object* gen_send_value(GenObject* gen, Object* arg);  // send(arg)
// generator.send as a method (its descriptor's function): the eval loop
// recognises a call of it.
Object* gen_send(Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
Object* gen_next(GenObject* gen);                      // next()
Object* gen_close_impl(GenObject* gen);                // close()
Object* gen_throw_in(GenObject* gen, Object* type, Object* value, Object* tb);  // throw()
// The delegate of a suspended yield from / await, borrowed, or null.
Object* gen_yielded_from(GenObject* gen);
// The exception to throw from throw()'s arguments.
Object* gen_make_thrown(Object* type, Object* value, Object* tb);
// Releases what every generator-like object holds (its frame, names,
// exception) and frees it; gen_traverse visits the same.
void gen_free(GenObject* gen);
int gen_traverse(Object* self, rt::visitproc visit, void* arg);
// Runs close() for a suspended one, its errors reported as unraisable; the
// caller holds a reference (CPython: _PyGen_Finalize).  The frame's locals
// go with the close, which breaks the cycles a garbage generator is in.
void gen_finalize(GenObject* gen);
// Where the three types keep gi_weakreflist (their tp_weaklistoffset).
rt::ssize_t gen_weaklist_offset();
// The generator type's tp_finalize, which the collector runs on an
// unreachable one (PEP 442); coroutines and async generators have theirs.
void gen_tp_finalize(Object* self);
Object* gen_get_field(Object* o);  // o, or None when null (new reference)
// __sizeof__ of the three: CPython 3.11's generator with its frame inside.
Object* gen_sizeof(Object* self, Object* const* args, rt::ssize_t nargs, Object* kwnames);
int gen_set_name_field(Object*& field, Object* value, const char* what);
// Sends arg into receiver: a generator resumes with it; another iterator
// gets next() for None and .send(arg) otherwise (CPython: PyIter_Send).
SendResult iter_send(Object* receiver, Object* arg, Object** result);

// ---- coroutine.cpp: the awaitable protocol
// GET_AWAITABLE: the iterator `await o` drives (CPython:
// _PyCoro_GetAwaitableIter + format_awaitable_error; oparg 1 and 2 name
// __aenter__ and __aexit__ in the TypeError).
Object* get_awaitable(Object* o, int oparg);
// GET_AITER / GET_ANEXT: aiter(o), and the awaitable of anext(aiter).
Object* get_aiter(Object* o);
Object* get_anext(Object* aiter);
// ---- anext_awaitable.cpp: the built-ins aiter(it) and anext(it[, default])
Object* builtin_aiter(Object*, Object* const* args, rt::ssize_t nargs, Object* kwnames);
Object* builtin_anext(Object*, Object* const* args, rt::ssize_t nargs, Object* kwnames);
extern rt::TypeObject anext_awaitable_type;
// ---- asyncgen.cpp
// ASYNC_GEN_WRAP: marks a value an async generator yields (as opposed to
// what its awaits pass through).
Object* async_gen_value_wrap(Object* value);

void coroutine_init();
void async_gen_init();
void genobject_init();

}  // namespace glasspy::interp
