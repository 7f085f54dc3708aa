// Tracebacks: the record of the frames an exception passed through, and
// their printing in CPython 3.11's format (CPython: Python/traceback.c,
// Lib/traceback.py).
#pragma once

#include <string>

#include "interp/code.hpp"

namespace glasspy::interp {

struct TracebackObject : Object {
    Object* tb_next;  // the next frame inward (owned), or null
    Object* tb_code;  // the code object of this frame (owned)
    int tb_lasti;     // the code unit that was running
    int tb_lineno;
};

extern rt::TypeObject traceback_type;

// The report of an uncaught exception, as CPython prints it to stderr:
// chained causes and contexts first, then "Traceback (most recent call
// last):", a "File ..., line N, in name" entry per frame with its source
// line and carets, and "Type: message".
std::string format_exception(Object* exc);

}  // namespace glasspy::interp
