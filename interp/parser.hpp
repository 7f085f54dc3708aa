// The parser's one entry point: source text in, AST or SyntaxError out
// (CPython: Parser/peg_api.c).  Everything inside (PEGTL, the grammar's
// exceptions) stays behind this interface.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "interp/ast.hpp"

namespace glasspy::interp {

class Builder;

// What CPython's SyntaxError carries: type name, message, file, the 1-based
// line and 1-based character offsets of the caret range, and the line's text.
struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // or IndentationError, TabError
    std::string msg;
    std::string filename;
    int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
    std::string text;  // the line, with its newline unless the tokenizer raised it; empty: None
    // Found after parsing (the symbol table's checks): CPython takes the text
    // from the file on disk, so compile() of a string has none.
    bool text_from_file = false;
    // False where CPython's own report of this error shows no caret although
    // it has an offset (a block missing at the very end of a file).
    bool draw_caret = true;
    // The columns are what CPython reports whatever form the source came in
    // (see use_source_offsets).
    bool columns_final = false;
};

struct ParseResult {
    std::unique_ptr<ast::Arena> arena;
    ast::Module* module = nullptr;
    ast::Expression* expression = nullptr;  // parse_eval's result
    std::optional<SyntaxErrorInfo> error;
};

// Newlines normalised as Python's universal newlines reading does: "\r\n" and
// "\r" become "\n".
std::string normalize_newlines(std::string_view source);

// Parses a whole module ('exec' mode).  `source` must be normalised.  Runs
// on a deep stack (runtime/deep_stack.hpp); parse_module_here runs on the
// caller's, for callers that are already on one.
ParseResult parse_module(std::string_view source, std::string_view filename);
ParseResult parse_module_here(std::string_view source, std::string_view filename);
// Parses eval() input ('eval' mode): an expression list and nothing else.
ParseResult parse_eval(std::string_view source, std::string_view filename);

// Whether the source declares its encoding (PEP 263: a "coding[:=]" comment
// on line 1 or 2).
bool declares_encoding(std::string_view source);

// CPython 3.11 reports a parser error's columns in characters only when its
// tokenizer knows the encoding of the text: a str (compile/exec/eval of a
// str, -c) or bytes that declare one.  A file, stdin or a bytes object
// without a declaration gets UTF-8 byte columns, which differ on lines with
// non-ASCII text.  The parser gives characters; with from_bytes, an error
// from parse_module/parse_eval of such a source is converted.
void use_source_offsets(std::optional<SyntaxErrorInfo>& error, std::string_view source, bool from_bytes);

// Parses the expression of an f-string replacement field; `offset` is where
// `text` starts in the builder's source.  Used by ast_build_fstring.cpp.
ast::Node* parse_fstring_expression(Builder& outer, std::string_view text, std::uint32_t offset);

// The lines CPython prints for an uncaught SyntaxError:
//   File "f.py", line 1 / the source line / the carets / Type: message
std::string format_syntax_error(const SyntaxErrorInfo& error);

}  // namespace glasspy::interp
