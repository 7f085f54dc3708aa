// Tracebacks: the record of the frames an exception passed through, and
// their printing in CPython 3.11's format (CPython: Python/traceback.c,
// Lib/traceback.py).
#pragma once

#include <string>

#include "interp/code.hpp"

namespace glasspy::interp {

// One entry per frame the exception passed through (CPython:
// PyTracebackObject).  CPython's entry holds the frame object; glasspy has
// no frame objects yet, so an entry keeps what the report reads from one:
// the code, and the frame's globals and builtins, which the NameError
// suggestion searches when the report is printed (suggestions.cpp) — then,
// not at the raise, as CPython reads them through tb_frame.
struct TracebackObject : Object {
    Object* tb_next;      // the next frame inward (owned), or null
    Object* tb_code;      // the code object of this frame (owned)
    Object* tb_globals;   // the frame's globals dict (owned)
    Object* tb_builtins;  // the frame's builtins dict (owned)
    int tb_lasti;         // the code unit that was running
    int tb_lineno;
};

extern rt::TypeObject traceback_type;

// The report of an uncaught exception, as CPython prints it to stderr:
// chained causes and contexts first, then "Traceback (most recent call
// last):", a "File ..., line N, in name" entry per frame with its source
// line and carets, and "Type: message" (with ". Did you mean: 'name'?" for
// a NameError or AttributeError that has a close name, suggestions.cpp).
std::string format_exception(Object* exc);

}  // namespace glasspy::interp
