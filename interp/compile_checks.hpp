// The SyntaxErrors CPython 3.11 raises after a successful parse: those of
// Python/future.c, of the symbol table pass (Python/symtable.c) and of the
// compiler (Python/compile.c), found by walking the AST the way those passes
// do.  It exists before the real compiler so that `glasspy FILE` reports what
// `python3 FILE` reports; when interp/symtable.cpp and compile_*.cpp exist,
// their errors should agree with this file's tests.
//
// Order, as CPython: future.c's errors, then the symbol table's first pass over
// the whole module, then its analysis of name scopes, then the compiler's, each
// in the order that pass visits the tree (which is not always source order:
// `x = (yield)` compiles the value before the target).
//
// Positions follow CPython 3.11 exactly, including where it is odd: compile
// and symtable errors give UTF-8 *byte* columns + 1 (CPython does not convert
// them, and prints carets from them), ranges may span lines (end_lineno >
// lineno), and a few errors have no end (end_offset 0) or no line at all
// (lineno -1, after the compiler "unset" its location while unwinding a
// `finally`).
#pragma once

#include <optional>
#include <string_view>

#include "interp/ast.hpp"
#include "interp/parser.hpp"

namespace glasspy::interp {

// The first SyntaxError CPython 3.11 would raise while compiling `module`
// (which parse_module built from `source`), or nothing.  `text` is the
// error's source line without its newline.
std::optional<SyntaxErrorInfo> check_compile_errors(const ast::Module* module,
                                                    std::string_view source,
                                                    std::string_view filename);

}  // namespace glasspy::interp
