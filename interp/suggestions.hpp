// "Did you mean" suggestions for an uncaught NameError or AttributeError
// (CPython 3.11: Python/suggestions.c, printed by print_exception in
// Python/pythonrun.c).  See suggestions.cpp.
#pragma once

#include "runtime/object.hpp"

namespace glasspy::interp {

// The name closest to the one an exception of exactly NameError or
// AttributeError says was not found, or null when there is none close
// enough (or the search failed: its error is cleared, as CPython's printer
// does).  The report prints it as ". Did you mean: '<name>'?".
rt::Ref<> offer_suggestions(rt::Object* exc);

}  // namespace glasspy::interp
