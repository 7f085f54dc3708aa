// Python's regular-expression syntax, read and checked as CPython 3.11's
// re/_parser.py reads it, and written out again in PCRE2's syntax: the
// adapter that lets PCRE2 run Python patterns (parser.cpp says what differs
// between the two dialects and how each difference is bridged), and the
// parser of sub()'s replacement templates (template.cpp).
//
// Patterns are handled as code points: a str pattern as its characters, a
// bytes pattern as one code point per byte (CPython decodes it as latin-1
// too), and the PCRE2 pattern is written for PCRE2's 32-bit library (see
// pattern.hpp for why 32 bits).
//
// Invariants: the translation keeps Python's group numbers — each capturing
// group of the Python pattern is the capturing group with the same number in
// the PCRE2 pattern, and the adapter adds no capturing group of its own —
// so PCRE2's ovector is the Match's list of spans as it stands.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/object.hpp"

namespace glasspy::stdlib::re {

using rt::ssize_t;

// The flag bits (CPython: re/_constants.py, SRE_FLAG_*).
enum Flag : int {
    FLAG_TEMPLATE = 1,
    FLAG_IGNORECASE = 2,
    FLAG_LOCALE = 4,
    FLAG_MULTILINE = 8,
    FLAG_DOTALL = 16,
    FLAG_UNICODE = 32,
    FLAG_VERBOSE = 64,
    FLAG_DEBUG = 128,
    FLAG_ASCII = 256,
};

// CPython's _sre.MAXREPEAT and MAXGROUPS on a 64-bit machine.
inline constexpr std::int64_t MAXREPEAT = 4294967295;
inline constexpr std::int64_t MAXGROUPS = 1073741823;

struct Translation {
    std::u32string pcre;  // the pattern in PCRE2's syntax (32-bit code units)
    bool ucp = false;     // compile with PCRE2_UCP: \d \w \b and case folding by Unicode properties
    int flags = 0;        // the Python flags: given, inline global ones, UNICODE for str
    int groups = 0;       // capturing groups
    // Named groups in the order they appear (Pattern.groupindex's order).
    std::vector<std::pair<std::u32string, int>> names;
    // parent[g]: the capturing group that encloses group g (0: none); for
    // Match.lastindex, the group that closed last.
    std::vector<int> parent;
};

// What went wrong, as the exception CPython raises: re.error with its
// message and position (-1: no position), or the ValueError, OverflowError,
// IndexError or RecursionError CPython raises for some mistakes.
enum class ErrorKind { Pattern, Value, Overflow, Index, Recursion };
struct PatternError {
    ErrorKind kind;
    std::string message;
    ssize_t pos = -1;
};

// Reads a Python pattern (is_text: a str pattern) with the flags given to
// compile().  False with *err set when CPython would refuse the pattern.
bool translate(std::u32string_view pattern, bool is_text, int flags, Translation* out, PatternError* err);

// One piece of a replacement template: literal text, or a group whose
// match is inserted (group >= 0).
struct TemplateItem {
    std::u32string literal;
    ssize_t group = -1;
};

// Reads sub()'s replacement template (CPython: re/_parser.py
// parse_template): \1, \g<1>, \g<name>, \n and the other escapes.  groups
// and names come from the pattern.  False with *err set.
bool parse_template(std::u32string_view repl, bool is_text, int groups,
                    const std::vector<std::pair<std::u32string, int>>& names, std::vector<TemplateItem>* out,
                    PatternError* err);

}  // namespace glasspy::stdlib::re
