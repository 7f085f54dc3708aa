// The prompt glasspy opens with no arguments while it is a parser only: each
// input is parsed and its AST printed (the REPL issue turns this into the
// real interactive interpreter).
#pragma once

namespace glasspy::repl {

// Reads inputs from stdin until end of file; returns the exit status.
int run_ast_prompt();

}  // namespace glasspy::repl
