// The interactive prompt, the read-eval-print loop (CPython:
// PyRun_InteractiveLoopFlags in Python/pythonrun.c).
#pragma once

#include "runtime/object.hpp"

namespace glasspy::repl {

// Reads inputs and runs them in `globals` (__main__'s namespace) until end
// of input, exit/quit or :quit (then true), or an uncaught SystemExit (then
// false, with the SystemExit set as the current exception for the caller to
// turn into the exit status).  `banner`: greet first, as `python3` with no
// program does.  Needs the runtime and the modules initialised.
bool interactive_loop(rt::Object* globals, bool banner);

}  // namespace glasspy::repl
