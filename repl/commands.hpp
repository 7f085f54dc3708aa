// The prompt's meta-commands (lines starting with ':'), dispatched through
// the table in commands.def.  They are glasspy's own: CPython's prompt has
// none (IPython's %magics are the model).
#pragma once

#include <string>
#include <vector>

#include "runtime/object.hpp"

namespace glasspy::repl {

// What the prompt does after a command.
enum class CommandResult { Continue, Quit };

// Runs `line` (":name argument") in the namespace `globals`; errors are
// reported on stderr and the prompt goes on.
CommandResult run_command(const std::string& line, rt::Object* globals);

// The commands' names, for completion.
std::vector<std::string> command_names();

}  // namespace glasspy::repl
