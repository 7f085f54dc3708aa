// Source text to running code, for the import system and the command line:
// compile, and raise a compile error as a SyntaxError object carrying
// CPython's attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset) so that a traceback can show where it was (CPython:
// Python/pythonrun.c, Objects/exceptions.c SyntaxError).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "interp/compile.hpp"
#include "interp/parser.hpp"
#include "runtime/object.hpp"

namespace glasspy::interp {

// What compile() is asked to make: a module body ('exec'), one expression
// whose value the code returns ('eval'), or one interactive statement
// ('single': expression statements echo through sys.displayhook).
enum class CompileMode { Exec, Eval, Single };

// A code object for source, or null with the exception set (SyntaxError).
// from_bytes: the source came as bytes (see use_source_offsets).  optimize:
// the -O level, -1 for the command line's.  warn: issue the compiler's
// SyntaxWarnings (not when the same text is compiled again to run it).
rt::Object* compile_to_code(std::string_view source, std::string_view filename, CompileMode mode,
                            bool from_bytes = false, int optimize = -1, bool warn = true);

// Compiles source (read from filename) and runs it with globals as its
// namespace.  False with the exception set, a SyntaxError for bad source.
bool exec_source(std::string_view source, std::string_view filename, rt::Object* globals);

// Issues the compiler's SyntaxWarnings through the warnings module.  False
// with the exception set when a filter made one an error (a SyntaxError).
bool issue_compile_warnings(const std::vector<CompileWarning>& warnings, std::string_view filename);

// Raises SyntaxError (or IndentationError, TabError) for a parse error.
void raise_syntax_error(const SyntaxErrorInfo& error);

// The location a SyntaxError object carries, for the traceback printer;
// nothing if exc is not a SyntaxError with its details.
std::optional<SyntaxErrorInfo> syntax_error_info(rt::Object* exc);

}  // namespace glasspy::interp
