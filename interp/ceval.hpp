// The eval loop's interface (CPython: Python/ceval.c's PyEval_EvalCode and
// _PyEval_Vector).
#pragma once

#include "interp/code.hpp"

namespace glasspy::interp {

// Runs module- or class-level code with these namespaces (dicts); returns its
// result (None for a module), or null with the exception set.
Object* eval_code(CodeObject* code, Object* globals, Object* locals);

// Registers the eval loop with the runtime (rt::eval_hooks): called once at
// start-up, after rt::runtime_init.
void ceval_init();

}  // namespace glasspy::interp
