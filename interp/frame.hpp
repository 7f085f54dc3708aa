// Frames: the state of one running code object (CPython 3.11:
// Include/internal/pycore_frame.h `_PyInterpreterFrame`,
// InternalDocs/frames.md).
//
// A frame lives on the heap, not on the C++ stack: a Python function calling
// another pushes a frame and the same eval loop goes on with it, so Python
// recursion does not recurse in C++ (the recursion limit is counted on
// frames).  A frame holds its code's fast slots (co_nlocalsplus: locals,
// cells, free variables) followed by the value stack (co_stacksize slots).
//
// Invariants: f_code is owned; f_func and f_locals are owned or null.
// f_globals and f_builtins are owned when there is no f_func; a function's
// frame borrows them from the function, which it holds (as CPython 3.11's
// frames do: two reference counts fewer to change per call).  The slots 0..co_nlocalsplus-1 hold owned
// references or null (unbound); the value stack holds owned references,
// except that NULL is pushed by PUSH_NULL / LOAD_METHOD.
#pragma once

#include <cassert>

#include "interp/code.hpp"
#include "runtime/errors.hpp"
#include "runtime/state.hpp"

namespace glasspy::interp {

// Where a generator's frame is (CPython 3.11: gi_frame_state).
enum class FrameState : char {
    created,    // made by RETURN_GENERATOR, not run yet
    suspended,  // stopped at a YIELD_VALUE
    executing,  // running now
    completed,  // returned or raised: its contents are gone
};

struct Frame {
    CodeObject* f_code;
    Object* f_func;      // the function being run, null for module and class bodies
    Object* f_globals;   // dict
    Object* f_builtins;  // dict
    Object* f_locals;    // dict for module and class bodies, null for functions
    Frame* previous;     // the caller (the frame below this one on the thread's stack)
    Object* frame_obj;   // its FrameObject (frame_object.hpp), once asked for (owned), or null
    // The instruction being run (its first code unit); one before the
    // first instruction until the frame starts.  A pointer, not an index,
    // so that the eval loop stores it with one move per instruction.
    const std::uint16_t* prev_instr;
    int stacktop;        // how many items the value stack holds
    bool is_entry;       // returning from it returns from eval_frame
    // A generator's frame lives in the generator (on the heap, not the
    // thread's frame stack) and outlives each run of it.
    bool in_generator;
    // An __init__ run by the eval loop for C(...): the caller's stack holds
    // the new instance, the call's result; the frame must return None.
    bool returns_self;
    FrameState state;
    Object* localsplus[1];

    Object** stack_base() { return localsplus + f_code->co_nlocalsplus; }
};

// The pointer-sized slots a frame of this code takes on the frame stack.
inline std::size_t frame_slots(const CodeObject* code) {
    constexpr std::size_t header = (sizeof(Frame) + sizeof(Object*) - 1) / sizeof(Object*) - 1;
    return header + static_cast<std::size_t>(code->co_nlocalsplus + code->co_stacksize);
}

// The frame stack's slow paths: a new chunk when the current one is full
// (null when out of memory), and giving back a chunk's first frame.
Object** frame_stack_push_chunk(rt::ThreadState* ts, std::size_t slots);
void frame_stack_pop_chunk(rt::ThreadState* ts);

// A new frame for code (references taken to code, func, locals; to
// globals and builtins when func is null, else they must be func's); the
// first nargs slots take over the references in args, the others are null;
// stack empty.  Null with MemoryError (args then still the caller's).
// Inline: every Python call makes one.
[[gnu::always_inline]] inline Frame* frame_new(rt::ThreadState* ts, CodeObject* code, Object* func, Object* globals,
                                               Object* builtins, Object* locals, Object* const* args = nullptr,
                                               int nargs = 0) {
    std::size_t slots = frame_slots(code);
    Object** base = ts->frame_top;
    if (GP_UNLIKELY(!base || static_cast<std::size_t>(ts->frame_limit - base) < slots)) {
        base = frame_stack_push_chunk(ts, slots);
        if (!base) return rt::no_memory();
    }
    ts->frame_top = base + slots;
    auto* f = reinterpret_cast<Frame*>(base);
    rt::incref(code);
    f->f_code = code;
    rt::xincref(func);
    f->f_func = func;
    if (!func) {
        rt::incref(globals);
        rt::incref(builtins);
    }
    f->f_globals = globals;
    f->f_builtins = builtins;
    rt::xincref(locals);
    f->f_locals = locals;
    f->previous = nullptr;
    f->frame_obj = nullptr;
    f->prev_instr = code->co_data->code.data() - 1;
    f->stacktop = 0;
    f->is_entry = false;
    f->in_generator = false;
    f->returns_self = false;
    f->state = FrameState::executing;
    for (int i = 0; i < nargs; ++i) f->localsplus[i] = args[i];
    // A plain loop: a frame has few slots to clear, often none, and GCC
    // would otherwise call memset for them (the empty asm hides the
    // pattern), which costs more than the stores.
    for (Object **p = f->localsplus + nargs, **end = f->localsplus + code->co_nlocalsplus; p < end; ++p) {
        *p = nullptr;
        asm("" : "+r"(p));
    }
    return f;
}
inline Frame* frame_new(CodeObject* code, Object* func, Object* globals, Object* builtins, Object* locals) {
    return frame_new(rt::ThreadState::current(), code, func, globals, builtins, locals);
}

// The frame is about to be cleared: its FrameObject, if something else
// holds it, takes the contents (frame_object.cpp).
void frame_detach_object(Frame* frame);

// Drops the references a frame holds (its slots, its stack, its
// namespaces; not its code).
[[gnu::always_inline]] inline void frame_clear(Frame* f) {
    if (GP_UNLIKELY(f->frame_obj)) frame_detach_object(f);
    Object** stack = f->stack_base();
    for (int i = 0, n = f->stacktop; i < n; ++i) rt::xdecref(stack[i]);
    f->stacktop = 0;
    for (int i = 0, n = f->f_code->co_nlocalsplus; i < n; ++i) rt::clear(f->localsplus[i]);
    rt::clear(f->f_locals);
    if (f->f_func) {
        f->f_builtins = f->f_globals = nullptr;  // the function's
    } else {
        rt::clear(f->f_builtins);
        rt::clear(f->f_globals);
    }
    rt::clear(f->f_func);
}

// Drops everything the frame holds and frees it; a generator's frame only
// drops its contents and becomes completed (the generator frees it).
// Frames leave the frame stack in the reverse order of their making.
[[gnu::always_inline]] inline void frame_free(rt::ThreadState* ts, Frame* f) {
    frame_clear(f);
    if (GP_UNLIKELY(f->in_generator)) {
        // The generator keeps the memory (and its code, for gi_code).
        f->state = FrameState::completed;
        return;
    }
    CodeObject* code = f->f_code;
    auto* base = reinterpret_cast<Object**>(f);
    assert(base + frame_slots(code) == ts->frame_top && "frames are freed in LIFO order");
    if (GP_UNLIKELY(base == ts->frame_chunk_first))
        frame_stack_pop_chunk(ts);
    else
        ts->frame_top = base;
    rt::decref(code);
}
inline void frame_free(Frame* f) { frame_free(rt::ThreadState::current(), f); }
// Moves a frame from the thread's frame stack to the heap, for a
// generator to own (RETURN_GENERATOR).  Null with MemoryError.
Frame* frame_move_to_heap(Frame* frame);
// Frees a generator's frame (dropping its contents unless completed).
void frame_free_heap(Frame* frame);

// Visits what the frame holds: its slots, its value stack and its function
// and namespaces (not its code or its object): for the tp_traverse of
// whatever owns the frame (a generator, a frame object that took it over).
int frame_traverse(Frame* frame, rt::visitproc visit, void* arg);

// locals(): a module or class body's namespace dict itself; for a function
// the dict its frame object keeps, refreshed (frame_object_locals).  New
// reference, or null with the error set.
Object* frame_get_locals(Frame* frame);

// The code unit index of the instruction being run (f_lasti; -1 before
// the first).
inline int frame_lasti(const Frame* f) {
    return static_cast<int>(f->prev_instr - f->f_code->co_data->code.data());
}
// Points the frame at the instruction at code unit index lasti.
inline void frame_set_lasti(Frame* f, int lasti) { f->prev_instr = f->f_code->co_data->code.data() + lasti; }

// The line the frame is at (from the location of prev_instr).
int frame_lineno(const Frame* frame);

}  // namespace glasspy::interp
