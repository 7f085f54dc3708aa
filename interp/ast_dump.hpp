// ast.dump(): the text CPython 3.11's Lib/ast.py `dump` gives for a tree
// (annotate_fields=True, include_attributes=False, no indent).
#pragma once

#include <string>

#include "interp/ast.hpp"

namespace glasspy::interp::ast {

std::string dump(const Node* node);

}  // namespace glasspy::interp::ast
