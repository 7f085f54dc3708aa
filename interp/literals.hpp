// Decoding of number and string literal tokens into Constant values
// (CPython: Parser/pegen.c parsenumber, Parser/string_parser.c).  The grammar
// only finds where a literal begins and ends; what it means is decided here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "interp/ast.hpp"

namespace glasspy::interp {

// An error inside a literal: CPython's message, and the byte offset inside
// the decoded text (body) where the bad escape starts.
struct LiteralError {
    std::string message;
    std::size_t offset = 0;
};

// A number token exactly as written ("0x_FF", "1_000.5e-3", "10j"; never
// negative).  Sets out.tag to Int (decimal digits, any size: GMP), Float or
// Complex (imaginary part in out.number).
std::optional<LiteralError> decode_number(std::string_view token, ast::ConstantValue& out);

struct StringPrefix {
    bool raw = false, bytes = false, fstring = false, unicode = false;
};
// Any case and order of r, b, f, u that Python accepts ("Rb", "fR", "u").
StringPrefix parse_prefix(std::string_view prefix);

// The text between the quotes of a str literal (or a literal piece of an
// f-string) with its escapes resolved: \\ \' \" \a \b \f \n \r \t \v, octal
// \ooo, \xhh, \uxxxx, \Uxxxxxxxx, \N{name}, backslash-newline; an unknown
// escape keeps its backslash (3.11 only warns).  Raw strings keep everything.
std::optional<LiteralError> decode_str(std::string_view body, bool raw, std::u32string& out);

// The same for bytes literals: only ASCII characters allowed in the source
// ("bytes can only contain ASCII literal characters"), \x and octal escapes
// give bytes, \u \U \N are not escapes.
std::optional<LiteralError> decode_bytes(std::string_view body, bool raw, std::string& out);

}  // namespace glasspy::interp
