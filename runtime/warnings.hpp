// Issuing warnings from C++ through the warnings module, so that its
// filters, registry and showwarning apply as they do to warnings.warn()
// called from Python (CPython: Python/_warnings.c PyErr_WarnEx,
// PyErr_WarnExplicitObject).
#pragma once

#include <string_view>

#include "runtime/object.hpp"

namespace glasspy::rt {

// warnings.warn(message, category, stacklevel).  False with the exception
// set when a filter turned the warning into an error.
bool warn(TypeObject* category, std::string_view message, int stacklevel = 1);

// warnings.warn_explicit(message, category, filename, lineno): a warning
// about a place in a file rather than about the running code, e.g. the
// compiler's SyntaxWarnings.
bool warn_explicit(TypeObject* category, std::string_view message, std::string_view filename, int lineno);

}  // namespace glasspy::rt
