// What the parts of the eval loop share (ceval.cpp, ceval_call.cpp,
// traceback.cpp); not for use outside interp/.
#pragma once

#include "interp/frame.hpp"
#include "runtime/function.hpp"

namespace glasspy::interp {

// Fills a new frame's parameters from a call's arguments (vectorcall shape);
// false with TypeError when they do not fit the signature.
bool bind_arguments(Frame* f, rt::FunctionObject* func, Object* const* args, ssize_t npos, Object* kwnames);

// Adds the frame's current line to the traceback of the exception being
// raised (CPython: PyTraceBack_Here).
void traceback_here(Frame* f);

}  // namespace glasspy::interp
