// Code objects from the compiler's output (see code_objects.cpp).
#pragma once

#include "interp/code.hpp"
#include "interp/compile.hpp"

namespace glasspy::interp {

// A new code object (a new reference) for a compiled unit and, through its
// constants, every unit nested in it; null with the error set.
Object* code_object_from(const CompiledCode& code);

}  // namespace glasspy::interp
