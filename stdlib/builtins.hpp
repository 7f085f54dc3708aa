// The builtins module's namespace (CPython: Python/bltinmodule.c).
#pragma once

#include "runtime/object.hpp"

namespace glasspy::stdlib {

// A new dict holding the built-in functions, types and exceptions; null
// with the error set.
rt::Object* builtins_dict();

}  // namespace glasspy::stdlib
