// Helpers shared by the parser's unit tests: parse a source as a module and
// give the text python3's ast.dump prints for it, or a one-line description
// of the SyntaxError, so that a failing CHECK shows what glasspy said instead.
//
// The expected texts in the tests were printed by python3.11's
// ast.dump(ast.parse(source), include_attributes=...) and never written by
// hand; sources are already normalised ("\n" line ends), as parse_module needs.
#pragma once

#include <string>
#include <string_view>

#include "interp/ast_dump.hpp"
#include "interp/parser.hpp"

namespace glasspy::test {

inline std::string describe_error(const interp::SyntaxErrorInfo& e) {
    return e.type + ": " + e.msg + " (line " + std::to_string(e.lineno) + ", offset " +
           std::to_string(e.offset) + "-" + std::to_string(e.end_offset) + ")";
}

// ast.dump(ast.parse(source), include_attributes=include_attributes)
inline std::string dump_source(std::string_view source, bool include_attributes = false) {
    auto result = interp::parse_module(source, "<unknown>");
    if (result.error) return describe_error(*result.error);
    auto text = interp::ast::dump(result.module, include_attributes);
    return text ? *text : std::string("RecursionError: maximum recursion depth exceeded");
}

// The same with every node's lineno, col_offset, end_lineno, end_col_offset.
inline std::string dump_positions(std::string_view source) { return dump_source(source, true); }

}  // namespace glasspy::test
