// Scanners for the lexical level of the grammar (see lexical.hpp): identifiers,
// whitespace, and the number and string tokens, with CPython's tokenizer
// messages for malformed ones (Parser/tokenizer.c: tok_get, verify_end_of_number).
#include "interp/grammar/lexical.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "interp/grammar/indent.hpp"
#include "runtime/unicode.hpp"

namespace glasspy::interp::grammar {

namespace {

// Decodes one UTF-8 sequence at p (no validation beyond length): the code
// point and its length, or length 0 at the end.
std::pair<char32_t, std::size_t> decode_one(const char* p, const char* end) {
    auto b = static_cast<unsigned char>(*p);
    std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (static_cast<std::size_t>(end - p) < n) return {0, 0};
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
    return {c, n};
}

std::uint32_t offset_of(const char* p, const char* begin) {
    return static_cast<std::uint32_t>(p - begin);
}

[[noreturn]] void number_error(const char* at, const char* begin, std::string message) {
    throw_tokenizer_error(GrammarError::Type::SyntaxError, std::move(message), offset_of(at, begin));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// digits with single underscores between them: [0-9](_?[0-9])*.  Returns the
// end; throws on a trailing or doubled underscore.
const char* scan_digits(const char* p, const char* begin, const char* end, bool (*ok)(char)) {
    while (p < end) {
        if (ok(*p)) {
            ++p;
        } else if (*p == '_') {
            if (p + 1 < end && ok(p[1])) {
                p += 2;
            } else {
                number_error(p, begin, "invalid decimal literal");
            }
        } else {
            break;
        }
    }
    return p;
}

// After a number: an identifier character right after it is an error,
// except before the keywords CPython tolerates there (`1if x else y`).
void verify_end_of_number(const char* p, const char* begin, const char* end, const char* kind) {
    if (p >= end) return;
    // A digit counts as part of a would-be identifier too (5j3).
    if (is_digit(*p)) number_error(p - 1, begin, fmt::format("invalid {} literal", kind));
    std::size_t n = scan_identifier(p, end);
    if (n == 0) return;
    static constexpr std::array<std::string_view, 8> tolerated = {"and", "else", "for", "if",
                                                                  "in",  "is",   "not", "or"};
    std::string_view word(p, n);
    for (auto k : tolerated)
        if (word.substr(0, k.size()) == k) return;
    number_error(p - 1, begin, fmt::format("invalid {} literal", kind));
}

bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_oct(char c) { return c >= '0' && c <= '7'; }
bool is_bin(char c) { return c == '0' || c == '1'; }

const char* scan_based(const char* p, const char* begin, const char* end, bool (*ok)(char),
                       const char* kind) {
    const char* start = p;
    for (;;) {
        if (p < end && *p == '_') ++p;
        if (p >= end || !ok(*p)) {
            if (p < end && is_digit(*p) && !ok(*p))
                number_error(p, begin, fmt::format("invalid digit '{}' in {} literal", *p, kind));
            if (p == start || p[-1] == '_')
                number_error(p - 1, begin, fmt::format("invalid {} literal", kind));
            break;
        }
        while (p < end && ok(*p)) ++p;
    }
    verify_end_of_number(p, begin, end, kind);
    return p;
}

}  // namespace

std::size_t scan_identifier(const char* p, const char* end) {
    const char* q = p;
    bool first = true;
    while (q < end) {
        char c = *q;
        if (static_cast<unsigned char>(c) < 0x80) {
            if (first ? !is_ascii_ident_start(c) : !is_ascii_ident_continue(c)) break;
            ++q;
        } else {
            auto [cp, n] = decode_one(q, end);
            if (n == 0) break;
            if (first ? !rt::unicode::is_xid_start(cp) : !rt::unicode::is_xid_continue(cp)) break;
            q += n;
        }
        first = false;
    }
    return static_cast<std::size_t>(q - p);
}

bool is_keyword(std::string_view w) {
    static constexpr std::array<std::string_view, 35> keywords = {
        "False", "None",   "True",    "and",      "as",       "assert", "async",
        "await", "break",  "class",   "continue", "def",      "del",    "elif",
        "else",  "except", "finally", "for",      "from",     "global", "if",
        "import", "in",    "is",      "lambda",   "nonlocal", "not",    "or",
        "pass",  "raise",  "return",  "try",      "while",    "with",   "yield"};
    return std::find(keywords.begin(), keywords.end(), w) != keywords.end();
}

GrammarError unclosed_error(std::string_view source, std::uint32_t at) {
    GrammarError e = GrammarError{GrammarError::Type::SyntaxError,
                                  fmt::format("'{}' was never closed", source[at]), at}
                         .with_end(GrammarError::End::zero);
    e.parser_columns = true;
    return e;
}

const char* skip_whitespace(const char* p, const char* end, bool in_brackets) {
    while (p < end) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\f') {
            ++p;
        } else if (c == '#') {
            while (p < end && *p != '\n') ++p;
        } else if (c == '\\' && p + 1 < end && p[1] == '\n') {
            p += 2;
        } else if (c == '\n' && in_brackets) {
            ++p;
        } else {
            break;
        }
    }
    return p;
}

const char* scan_number(const char* p, const char* begin, const char* end) {
    if (p >= end) return nullptr;
    const char* start = p;
    if (!is_digit(*p) && !(*p == '.' && p + 1 < end && is_digit(p[1]))) return nullptr;

    if (*p == '0' && p + 1 < end) {
        char x = p[1] | 0x20;
        if (x == 'x') return scan_based(p + 2, begin, end, is_hex, "hexadecimal");
        if (x == 'o') return scan_based(p + 2, begin, end, is_oct, "octal");
        if (x == 'b') return scan_based(p + 2, begin, end, is_bin, "binary");
    }
    bool is_float = false;
    if (*p != '.') {
        p = scan_digits(p, begin, end, is_digit);
    }
    if (p < end && *p == '.') {
        is_float = true;
        ++p;
        if (p < end && is_digit(*p)) p = scan_digits(p, begin, end, is_digit);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char* e = p + 1;
        if (e < end && (*e == '+' || *e == '-')) ++e;
        if (e < end && is_digit(*e)) {
            p = scan_digits(e, begin, end, is_digit);
            is_float = true;
        } else {
            number_error(p - 1, begin, "invalid decimal literal");
        }
    }
    if (p < end && (*p == 'j' || *p == 'J')) {
        ++p;
        verify_end_of_number(p, begin, end, "imaginary");
        return p;
    }
    if (!is_float && *start == '0') {
        // "0", "00", "0_0" are zero; any other digit after a leading zero is
        // an attempt at octal.
        const char* zeros_end = start;
        while (zeros_end < p && (*zeros_end == '0' || *zeros_end == '_')) ++zeros_end;
        if (zeros_end != p) {
            // CPython's tokenizer hands the parser byte columns for this one.
            GrammarError e{GrammarError::Type::SyntaxError,
                           "leading zeros in decimal integer literals are not permitted; use an "
                           "0o prefix for octal integers",
                           offset_of(start, begin), offset_of(zeros_end, begin)};
            e.as_read();
            e.columns_in_bytes = true;
            throw e.from_tokenizer();
        }
    }
    verify_end_of_number(p, begin, end, "decimal");
    return p;
}

const char* scan_string(const char* p, const char* begin, const char* end) {
    // The prefix: at most two of r/b/u/f, in a combination Python accepts.
    const char* q = p;
    while (q < end && q - p < 3 && std::string_view("rRbBuUfF").find(*q) != std::string_view::npos)
        ++q;
    if (q >= end || (*q != '\'' && *q != '"')) return nullptr;
    std::string prefix;
    for (const char* c = p; c < q; ++c) prefix += static_cast<char>(*c | 0x20);
    std::sort(prefix.begin(), prefix.end());
    static constexpr std::array<std::string_view, 7> valid = {"", "r", "u", "b", "f", "br", "fr"};
    if (std::find(valid.begin(), valid.end(), prefix) == valid.end()) return nullptr;

    char quote = *q;
    bool triple = end - q >= 3 && q[1] == quote && q[2] == quote;
    const char* body = q + (triple ? 3 : 1);
    // Line numbers are counted only for the error message.
    auto line_of = [&](const char* at) { return 1 + std::count(begin, at, '\n'); };
    for (const char* c = body; c < end; ++c) {
        if (*c == '\\') {
            if (c + 1 < end) ++c;
        } else if (*c == quote) {
            if (!triple) return c + 1;
            if (end - c >= 3 && c[1] == quote && c[2] == quote) return c + 3;
        } else if (*c == '\n' && !triple) {
            throw_tokenizer_error(GrammarError::Type::SyntaxError,
                        fmt::format("unterminated string literal (detected at line {})", line_of(c)),
                        offset_of(p, begin));
        }
    }
    if (triple) {
        auto last = line_of(end);
        if (end > begin && end[-1] == '\n') --last;
        throw_tokenizer_error(GrammarError::Type::SyntaxError,
                    fmt::format("unterminated triple-quoted string literal (detected at line {})", last),
                    offset_of(p, begin));
    }
    throw_tokenizer_error(GrammarError::Type::SyntaxError,
                fmt::format("unterminated string literal (detected at line {})", line_of(end)),
                offset_of(p, begin));
}

}  // namespace glasspy::interp::grammar
