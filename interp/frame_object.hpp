// Frame objects: what Python code sees of a frame — sys._getframe(),
// tb_frame, gi_frame, f_back, f_locals (CPython 3.11: Objects/frameobject.c,
// and InternalDocs/frames.md "Frame objects").
//
// The running state is the Frame (frame.hpp), which lives on the thread's
// frame stack or in a generator and costs no allocation.  A FrameObject is
// made for it only when asked for (lazily, once per frame: frame->frame_obj
// keeps it) and shows the live Frame.  When the Frame ends while something
// still holds its object (a traceback, a variable), the object takes the
// Frame's contents into storage of its own, as CPython's take_ownership
// does: its locals stay readable, and f_back is fixed to the caller's
// object, since the caller will not stay where it was.
#pragma once

#include "interp/frame.hpp"

namespace glasspy::interp {

struct FrameObject : rt::VarObject {
    Frame* f_frame;      // the Frame shown: live elsewhere, or `storage` once it ended
    Object* f_back;      // the caller's object, fixed when the frame ended (owned), or null
    Object* f_trace;     // the local trace function (owned), or null
    Object* f_locals_snapshot;  // a function frame's f_locals dict, updated on each read (owned), or null
    int f_trace_prev;    // the code unit the tracer last saw run in this frame (ceval_trace.cpp)
    bool f_trace_lines;
    bool f_trace_opcodes;
    bool owns_frame;     // f_frame points into storage
    Object* storage[1];  // room for a copy of the Frame: frame_slots(code) pointers
};

extern rt::TypeObject frame_type;

inline bool is_frame_object(const Object* o) { return o->ob_type == &frame_type; }

// The frame's object, made on first request (borrowed: the Frame keeps
// it), or null with MemoryError.
FrameObject* frame_get_object(Frame* frame);
// The same, null without an error: for the unwinder, whose exception must
// survive (traceback_here).
FrameObject* frame_object_if_possible(Frame* frame);

// f_back: the caller's frame object (borrowed), or null at the bottom, for
// a suspended generator's frame, or on MemoryError (then with the error set).
Object* frame_object_back(FrameObject* f);

// f_locals of a function frame: its local, cell and free variables by
// name, in one dict per frame object refreshed on each call (CPython 3.11:
// PyFrame_FastToLocalsWithError), so locals() returns the same dict each
// time.  Module and class bodies give their namespace.  New reference.
Object* frame_object_locals(FrameObject* f);

// Writes the f_locals dict of a function frame back into its variables
// (CPython: PyFrame_LocalsToFast), after a trace function that may have
// changed it (a debugger's `x = 5`); a name gone from the dict unbinds.
void frame_locals_to_fast(FrameObject* f);

}  // namespace glasspy::interp
