// Tracebacks: the record of the frames an exception passed through, and
// their printing in CPython 3.11's format (CPython: Python/traceback.c,
// Lib/traceback.py).
#pragma once

#include <string>

#include "interp/code.hpp"
#include "interp/frame.hpp"

namespace glasspy::interp {

// One entry per frame the exception passed through (CPython:
// PyTracebackObject): the frame's object, which outlives the frame (it takes
// the frame's contents when the frame ends, frame_object.hpp), and where in
// it the exception passed.  The report reads the code from it, and the
// NameError suggestion searches its globals and builtins when the report is
// printed (suggestions.cpp), as CPython reads them through tb_frame.
struct TracebackObject : Object {
    Object* tb_next;   // the next frame inward (owned), or null
    Object* tb_frame;  // the FrameObject (owned)
    int tb_lasti;      // the code unit that was running
    int tb_lineno;
};

extern rt::TypeObject traceback_type;

// The frame an entry was made in (its code, globals and builtins; the
// namespaces are null once a cycle through them was cleared).
Frame* traceback_frame(const TracebackObject* tb);

// The report of an uncaught exception, as CPython prints it to stderr:
// chained causes and contexts first, then "Traceback (most recent call
// last):", a "File ..., line N, in name" entry per frame with its source
// line and carets, and "Type: message" (with ". Did you mean: 'name'?" for
// a NameError or AttributeError that has a close name, suggestions.cpp).
std::string format_exception(Object* exc);

// The last part of that report: "Type: message" (or a SyntaxError's
// location), with the suggestion if any; a NameError's suggestion only
// with `search_frames` (CPython: traceback.format_exception_only gives
// none, having no traceback to find the frame in).
std::string format_exception_only(Object* exc, bool search_frames = true);

// Reports the exception set as one that cannot be raised where it
// happened (a destructor, a profiler's timer): "Exception ignored in:
// <where>" and the traceback, on stderr; the exception is cleared
// (CPython: PyErr_WriteUnraisable).  Raised by C++ code rather than by
// Python code, it gets the running frame as its traceback, as in CPython.
void write_unraisable(Object* where);

// One "  File ..., line N, in name" entry with its source line and carets,
// for the instruction at code unit `lasti` (-1: no carets).
void format_entry(std::string& out, const CodeObject* code, int lineno, int lasti);

}  // namespace glasspy::interp
