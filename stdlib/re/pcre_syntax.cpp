// PCRE2's syntax for what Python's means: literal characters, the
// categories \d \w \s in each mode, word boundaries, and sets (see
// pcre_syntax.hpp; parser.cpp lists the differences between the dialects).
#include "stdlib/re/pcre_syntax.hpp"

#include "stdlib/re/tokenizer.hpp"

namespace glasspy::stdlib::re {

using std::int64_t;

// ---- literals -------------------------------------------------------------------------------------

void put_ascii(std::u32string& out, std::string_view s) {
    for (char c : s) out += static_cast<char32_t>(c);
}

namespace {

void put_hex(std::u32string& out, char32_t c) {
    static const char digits[] = "0123456789abcdef";
    char buf[16];
    int n = 0;
    do {
        buf[n++] = digits[c & 15];
        c >>= 4;
    } while (c);
    put_ascii(out, "\\x{");
    while (n) out += static_cast<char32_t>(buf[--n]);
    out += '}';
}

}  // namespace

void put_literal(std::u32string& out, char32_t c) {
    if (is_digit(c) || is_ascii_letter(c)) out += c;
    else put_hex(out, c);
}

void put_number(std::u32string& out, int64_t n) { put_ascii(out, std::to_string(n)); }

// ---- the categories \d \w \s --------------------------------------------------------------------

// Python's str.isspace() characters (CPython: Py_UNICODE_ISSPACE).
constexpr std::string_view UNICODE_SPACE = "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\p{Z}";

Category category(char32_t c, bool ascii, bool ucp) {
    bool upper = c >= 'A' && c <= 'Z';
    char32_t lower = upper ? c + 32 : c;
    if (lower == 's' && !ascii) return {std::string(UNICODE_SPACE), upper};
    if (ascii == !ucp) {
        // PCRE2's own \d \w \s (\s only in ASCII mode) are Python's.
        return {std::string("\\") + static_cast<char>(c), false};
    }
    if (ascii) {  // (?a:...) inside a Unicode pattern
        if (lower == 'd') return {"0-9", upper};
        if (lower == 'w') return {"0-9A-Z_a-z", upper};
        return {"\\x{9}-\\x{d} ", upper};
    }
    // (?u:...) inside an ASCII pattern
    if (lower == 'd') return {upper ? "\\P{Nd}" : "\\p{Nd}", false};
    return {"\\p{L}\\p{N}_", upper};
}

std::u32string boundary(bool negate, bool ascii, bool ucp) {
    std::u32string out;
    if (negate) put_ascii(out, "(?!\\A\\z)");
    if (ascii == !ucp) {
        put_ascii(out, negate ? "\\B" : "\\b");
        return out;
    }
    std::string w = ascii ? "[0-9A-Z_a-z]" : "[\\p{L}\\p{N}_]";
    std::string b = "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
    if (negate) b = "(?!" + b + ")";
    put_ascii(out, b);
    return out;
}

// ---- sets -----------------------------------------------------------------------------------------

// A PCRE2 set for the members.  A category that only its complement can
// express (\S, and the spelt-out sets of a scoped (?a:) or (?u:)) cannot
// go inside [...]; then [P\S] is written (?:[P]|[^s]) and [^P\S] is
// (?:(?![P])[s]), one character either way.
std::u32string write_set(const std::vector<SetMember>& members, bool negate, bool ascii, bool ucp, bool caseless) {
    std::u32string plain;
    std::vector<std::string> complements;
    bool has_i = false;
    for (const SetMember& m : members) {
        if (m.type == SetMember::Literal) {
            put_literal(plain, m.lo);
            has_i = has_i || is_turkish_i(m.lo);
        } else if (m.type == SetMember::Range) {
            put_literal(plain, m.lo);
            plain += '-';
            put_literal(plain, m.hi);
            for (char32_t c : {U'i', U'I', char32_t{0x130}, char32_t{0x131}}) has_i = has_i || (m.lo <= c && c <= m.hi);
        } else {
            Category cat = category(m.lo, ascii, ucp);
            if (cat.negated) complements.push_back(cat.members);
            else put_ascii(plain, cat.members);
        }
    }
    // The set with one of i I ı İ under re.I holds all four (see is_turkish_i).
    if (caseless && has_i) put_ascii(plain, "iI\\x{130}\\x{131}");
    std::u32string out;
    if (complements.empty()) {
        put_ascii(out, negate ? "[^" : "[");
        return out + plain + U"]";
    }
    put_ascii(out, "(?:");
    if (!negate) {
        if (!plain.empty()) out += U"[" + plain + U"]|";
        for (std::size_t i = 0; i < complements.size(); ++i) {
            if (i) out += '|';
            put_ascii(out, "[^" + complements[i] + "]");
        }
    } else {
        if (!plain.empty()) out += U"(?![" + plain + U"])";
        for (std::size_t i = 0; i + 1 < complements.size(); ++i) put_ascii(out, "(?=[" + complements[i] + "])");
        put_ascii(out, "[" + complements.back() + "]");
    }
    return out + U")";
}

}  // namespace glasspy::stdlib::re
