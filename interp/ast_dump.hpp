// ast.dump(): the text CPython 3.11's Lib/ast.py `dump` gives for a tree
// (annotate_fields=True, include_attributes=False, no indent).
#pragma once

#include <optional>
#include <string>

#include "interp/ast.hpp"

namespace glasspy::interp::ast {

// ast.py's dump recurses, and CPython cannot even build a tree nested deeper
// than its C recursion limit; past this depth dump() returns nullopt and the
// caller reports "RecursionError: maximum recursion depth exceeded during
// ast construction" as python3 does.
inline constexpr int MAX_DUMP_DEPTH = 3000;
// include_attributes adds each node's position, as ast.dump(...,
// include_attributes=True) does (for the kinds whose ASDL type has them).
std::optional<std::string> dump(const Node* node, bool include_attributes = false);

}  // namespace glasspy::interp::ast
