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
// Invariants: f_code, f_globals and f_builtins are owned; f_func and
// f_locals are owned or null.  The slots 0..co_nlocalsplus-1 hold owned
// references or null (unbound); the value stack holds owned references,
// except that NULL is pushed by PUSH_NULL / LOAD_METHOD.
#pragma once

#include "interp/code.hpp"

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
    // The instruction being run (its first code unit); one before the
    // first instruction until the frame starts.  A pointer, not an index,
    // so that the eval loop stores it with one move per instruction.
    const std::uint16_t* prev_instr;
    int stacktop;        // how many items the value stack holds
    bool is_entry;       // returning from it returns from eval_frame
    // A generator's frame lives in the generator (on the heap, not the
    // thread's frame stack) and outlives each run of it.
    bool in_generator;
    FrameState state;
    Object* localsplus[1];

    Object** stack_base() { return localsplus + f_code->co_nlocalsplus; }
};

// A new frame for code (owned references taken to code, globals, builtins;
// locals and func may be null); slots null, stack empty.  Null with
// MemoryError.
Frame* frame_new(CodeObject* code, Object* func, Object* globals, Object* builtins, Object* locals);
// Drops everything the frame holds and frees it; a generator's frame only
// drops its contents and becomes completed (the generator frees it).
void frame_free(Frame* frame);
// Moves a frame from the thread's frame stack to the heap, for a
// generator to own (RETURN_GENERATOR).  Null with MemoryError.
Frame* frame_move_to_heap(Frame* frame);
// Frees a generator's frame (dropping its contents unless completed).
void frame_free_heap(Frame* frame);

// locals(): a module or class body's namespace dict itself; for a function
// a new dict of its bound local, cell and free variables by name (CPython
// 3.11: PyFrame_FastToLocals).  New reference, or null with the error set.
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
