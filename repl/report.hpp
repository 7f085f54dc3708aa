// Reporting an exception at the prompt without ending the session
// (CPython: PyErr_Print, which stores sys.last_type/last_value/
// last_traceback and calls sys.excepthook).
#pragma once

#include "runtime/object.hpp"

namespace glasspy::repl {

// Prints the current exception (which must be set) and clears it.
void report_exception();

}  // namespace glasspy::repl
