// Unicode facts the interpreter needs (Python's str predicates, identifier
// rules, \N{...} names, NFKC for identifiers) and the UTF-8 codec.  The facts
// come from ICU (Debian's libicu-dev), not from hand-written tables.
//
// Strings that may hold lone surrogates ('\ud800' is a valid Python str) are
// kept as code points (std::u32string); when such a string must become UTF-8,
// a surrogate is written as its three-byte form (what CPython calls
// 'surrogatepass'), so nothing is lost.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace glasspy::rt::unicode {

// str.isprintable() for one code point: false for categories Cc, Cf, Cs, Co,
// Cn, Zl, Zp and Zs other than ' ' (CPython: Py_UNICODE_ISPRINTABLE).
bool is_printable(char32_t c);

// Identifier characters (PEP 3131): XID_Start plus '_', and XID_Continue.
bool is_xid_start(char32_t c);
bool is_xid_continue(char32_t c);

// The code point named in a "\N{NAME}" escape: a character name, a name
// alias, case-insensitive like CPython's unicodedata.lookup.
std::optional<char32_t> lookup_name(std::string_view name);

// NFKC normal form of a UTF-8 string (identifiers are normalised with it).
std::string nfkc(std::string_view utf8);

// Decodes UTF-8; false (and out unspecified) on an invalid sequence.  Encoded
// surrogates are invalid here, as in Python source ('surrogatepass' accepts
// them: the inverse of to_utf8 for strings holding lone surrogates).
bool decode_utf8(std::string_view utf8, std::u32string& out);
bool decode_utf8_surrogatepass(std::string_view utf8, std::u32string& out);
// Appends one code point as UTF-8 (surrogates in their three-byte form).
void append_utf8(std::string& out, char32_t c);
std::string to_utf8(std::u32string_view s);

}  // namespace glasspy::rt::unicode
