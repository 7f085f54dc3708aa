// The AST optimizer that runs between the parser and the symbol table
// (CPython 3.11: Python/ast_opt.c): constant folding of unary and binary
// operators on constants within CPython's size limits, tuples of constants,
// `x in [a, b]` / `for x in [a, b]` with a constant tuple (or frozenset for a
// set), `not (a is b)` as `a is not b`, and `__debug__` as True.
//
// Invariants: folded nodes are new Constant/Tuple nodes made in `arena`
// with the positions of the node they replace; nodes that open a scope
// (functions, lambdas, comprehensions, classes) are never replaced, so the
// symbol table may key on them afterwards.
#pragma once

#include "interp/ast.hpp"

namespace glasspy::interp {

// optimize: the -O level; above 0, __debug__ is False.
void ast_optimize(ast::Module* mod, ast::Arena& arena, int optimize = 0);
void ast_optimize(ast::Expression* mod, ast::Arena& arena, int optimize = 0);

}  // namespace glasspy::interp
