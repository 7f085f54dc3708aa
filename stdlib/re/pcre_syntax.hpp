// Writing PCRE2's syntax: the pieces of the translated pattern that spell a
// Python meaning in PCRE2's terms (pcre_syntax.cpp).  The parser
// (parser.cpp) decides what to write; these say how.
//
// The output is PCRE2 pattern text in 32-bit code units; nothing written
// here opens a capturing group (parser.hpp's invariant).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace glasspy::stdlib::re {

// ASCII text as it is.
void put_ascii(std::u32string& out, std::string_view s);
// One character taken literally, inside or outside a set: itself if an ASCII
// letter or digit, else \x{hex}, which PCRE2 can read in no other way.
void put_literal(std::u32string& out, char32_t c);
void put_number(std::u32string& out, std::int64_t n);

// The members of a set for the category \d \D \w \W \s or \S (the letter c)
// where the parser stands: ascii says whether \d \w \s are ASCII-only there,
// ucp whether the pattern is compiled with PCRE2_UCP.  `negated`: the
// members are those of the complement (\S is "not" the \s members), which a
// set can hold only through the construction in write_set.
struct Category {
    std::string members;
    bool negated = false;
};
Category category(char32_t c, bool ascii, bool ucp);

// \b (negate: \B) for the mode, as category() takes it.
std::u32string boundary(bool negate, bool ascii, bool ucp);

// A member of a Python set: a character, a range, or a category.
struct SetMember {
    enum Type { Literal, Range, Cat } type;
    char32_t lo = 0, hi = 0;  // the character, or the range; the category letter
};

// A PCRE2 set matching one character as the Python set [members] (negate:
// [^members]) does; caseless: re.I with Unicode's rules is in effect.
std::u32string write_set(const std::vector<SetMember>& members, bool negate, bool ascii, bool ucp, bool caseless);

// i, I, dotless ı and dotted İ: one class under CPython's re.I (each one's
// lower case is 'i' or 'ı', which CPython counts as the same letter); PCRE2
// folds cases as Unicode does and keeps the Turkish letters apart.
inline bool is_turkish_i(char32_t c) { return c == 'i' || c == 'I' || c == 0x130 || c == 0x131; }
inline constexpr std::string_view TURKISH_I_SET = "[iI\\x{130}\\x{131}]";

}  // namespace glasspy::stdlib::re
