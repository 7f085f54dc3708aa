// posix's process functions (posix_process.cpp): fork and its hooks,
// wait, waitpid and the W* macros, kill, pipe, dup, dup2, the inheritable flag,
// execv/execve.
#pragma once

#include "runtime/object.hpp"

namespace glasspy::stdlib {

// Puts them into the posix module's namespace; false with the exception set.
bool add_process_functions(rt::Object* module);

}  // namespace glasspy::stdlib
