// What number, str and bytes literal tokens mean (CPython: Parser/pegen.c
// parsenumber, Parser/string_parser.c decode_unicode_with_escapes and
// decode_bytes_with_escapes, Objects/unicodeobject.c
// _PyUnicode_DecodeUnicodeEscapeInternal, Objects/bytesobject.c
// _PyBytes_DecodeEscape).
//
// Invariants: the grammar has already checked the token's shape (digits,
// underscores between digits, matching quotes), so these functions only
// decode; the body is valid UTF-8.  Error messages are CPython's, including
// the positions it prints, which count bytes of CPython's intermediate
// buffer (see EscapeBuffer), not of the source.
#include "interp/literals.hpp"

#include <gmp.h>

#include <clocale>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <locale.h>
#include <string>
#include <vector>

#include "runtime/unicode.hpp"

namespace glasspy::interp {

namespace {

// ---- numbers --------------------------------------------------------------------

// CPython 3.11 refuses to turn more than this many decimal digits into an int
// (sys.int_info.default_max_str_digits, the CVE-2020-10735 limit); its parser
// therefore rejects such literals too.
constexpr std::size_t INT_MAX_STR_DIGITS = 4300;

// strtod in the "C" locale, whatever the process locale says about the
// decimal point.  glibc's strtod rounds correctly, like CPython's dtoa, and
// gives inf on overflow ("1e400") and 0 or a subnormal on underflow.
double c_strtod(const std::string& text) {
    static const locale_t c_locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    return strtod_l(text.c_str(), nullptr, c_locale);
}

std::optional<LiteralError> decode_int(std::string_view digits, int base,
                                       ast::ConstantValue& out) {
    out.tag = ast::ConstantValue::Tag::Int;
    // Leading zeros never change the value; dropping them keeps "000" (which
    // CPython reads with strtoul, without the digit limit) from counting.
    std::size_t first = digits.find_first_not_of('0');
    if (first == std::string_view::npos) {
        out.int_digits.assign(1, '0');
        return std::nullopt;
    }
    digits.remove_prefix(first);
    if (base == 10 && digits.size() > INT_MAX_STR_DIGITS) {
        return LiteralError{"Exceeds the limit (4300 digits) for integer string conversion: "
                            "value has " + std::to_string(digits.size()) +
                                " digits; use sys.set_int_max_str_digits() to increase the "
                                "limit - Consider hexadecimal for huge integer literals to "
                                "avoid decimal conversion limits.",
                            0};
    }
    if (base == 10) {
        out.int_digits = std::string(digits);
        return std::nullopt;
    }
    mpz_t value;
    mpz_init(value);
    std::string text(digits);
    if (mpz_set_str(value, text.c_str(), base) != 0) {
        mpz_clear(value);
        return LiteralError{"invalid digit in integer literal", 0};
    }
    std::string buf(mpz_sizeinbase(value, 10) + 2, '\0');
    mpz_get_str(buf.data(), 10, value);
    mpz_clear(value);
    buf.resize(buf.find('\0'));
    out.int_digits = std::move(buf);
    return std::nullopt;
}

}  // namespace

std::optional<LiteralError> decode_number(std::string_view token, ast::ConstantValue& out) {
    // Underscores only group digits (PEP 515); CPython drops them first too.
    std::string text;
    text.reserve(token.size());
    for (char c : token)
        if (c != '_') text.push_back(c);
    if (text.empty()) return LiteralError{"invalid number literal", 0};

    char last = text.back();
    if (last == 'j' || last == 'J') {
        text.pop_back();
        out.tag = ast::ConstantValue::Tag::Complex;
        out.number = c_strtod(text);
        return std::nullopt;
    }
    if (text.size() > 2 && text[0] == '0') {
        char p = text[1];
        int base = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8
                                                 : (p == 'b' || p == 'B') ? 2 : 0;
        if (base != 0) return decode_int(std::string_view(text).substr(2), base, out);
    }
    if (text.find_first_of(".eE") != std::string::npos) {
        out.tag = ast::ConstantValue::Tag::Float;
        out.number = c_strtod(text);
        return std::nullopt;
    }
    return decode_int(text, 10, out);
}

StringPrefix parse_prefix(std::string_view prefix) {
    StringPrefix p;
    for (char c : prefix) {
        switch (c) {
        case 'r': case 'R': p.raw = true; break;
        case 'b': case 'B': p.bytes = true; break;
        case 'f': case 'F': p.fstring = true; break;
        case 'u': case 'U': p.unicode = true; break;
        default: break;
        }
    }
    return p;
}

// ---- shared helpers -------------------------------------------------------------

namespace {

// CPython's tokenizer turns "\r\n" and a lone "\r" into "\n" before any
// literal is seen; a body taken straight from the file gets the same here.
// origin[i] is the body offset that text[i] came from.
void normalize_newlines(std::string_view body, std::string& text, std::vector<std::size_t>& origin) {
    text.clear();
    origin.clear();
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\r') {
            if (i + 1 < body.size() && body[i + 1] == '\n') continue;
            text.push_back('\n');
        } else {
            text.push_back(body[i]);
        }
        origin.push_back(i);
    }
    origin.push_back(body.size());
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_octal(char c) { return c >= '0' && c <= '7'; }

// The one-character escapes shared by str and bytes; 0 when c is not one.
char simple_escape(char c) {
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
    }
}

// ---- str: CPython's intermediate buffer -----------------------------------------
// decode_unicode_with_escapes does not hand the source bytes to the
// 'unicodeescape' codec directly: it first rewrites every non-ASCII
// character as the ten-byte escape "\UXXXXXXXX" and a backslash followed by a
// non-ASCII character as "\u005c" (so '\é' is a backslash and 'é').  The
// codec's error positions count bytes of that rewritten buffer, so it is
// rebuilt here, with origin[] mapping each byte back to the body.
struct EscapeBuffer {
    std::string text;
    std::vector<std::size_t> origin;

    void add(std::string_view s, std::size_t from) {
        text += s;
        origin.insert(origin.end(), s.size(), from);
    }
};

bool build_escape_buffer(const std::string& src, const std::vector<std::size_t>& src_origin,
                         EscapeBuffer& buf) {
    std::size_t i = 0, n = src.size();
    while (i < n) {
        if (src[i] == '\\') {
            // The character after a backslash is copied without being looked
            // at again, so in "\\\\" the second backslash starts nothing.
            buf.add("\\", src_origin[i]);
            ++i;
            if (i >= n || (static_cast<unsigned char>(src[i]) & 0x80)) {
                buf.add("u005c", src_origin[i - 1]);
                if (i >= n) break;
            }
        }
        if (!(static_cast<unsigned char>(src[i]) & 0x80)) {
            buf.add(std::string_view(&src[i], 1), src_origin[i]);
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < n && (static_cast<unsigned char>(src[j]) & 0x80)) ++j;
        std::u32string run;
        if (!rt::unicode::decode_utf8(std::string_view(src).substr(i, j - i), run)) return false;
        std::size_t at = i;
        for (char32_t c : run) {
            char esc[11] = {'\\', 'U'};
            for (int k = 0; k < 8; ++k) esc[2 + k] = "0123456789abcdef"[(c >> (28 - 4 * k)) & 0xF];
            buf.add(std::string_view(esc, 10), src_origin[at]);
            at += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        i = j;
    }
    buf.origin.push_back(src_origin[n]);
    return true;
}

// A UnicodeDecodeError turned into a SyntaxError by pegen:
// "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: ..."
LiteralError unicode_error(const EscapeBuffer& buf, std::size_t start, std::size_t end,
                           std::string_view reason) {
    std::string msg = "(unicode error) 'unicodeescape' codec can't decode ";
    if (end == start + 1) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(buf.text[start]));
        msg += "byte " + std::string(hex) + " in position " + std::to_string(start);
    } else {
        msg += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
    msg += ": ";
    msg += reason;
    return LiteralError{std::move(msg), buf.origin[start]};
}

// _PyUnicode_DecodeUnicodeEscapeInternal on the (ASCII) buffer.
std::optional<LiteralError> decode_unicode_escape(const EscapeBuffer& buf, std::u32string& out) {
    const std::string& s = buf.text;
    std::size_t i = 0, n = s.size();
    while (i < n) {
        if (s[i] != '\\') {
            out.push_back(static_cast<unsigned char>(s[i++]));
            continue;
        }
        std::size_t start = i++;
        if (i >= n) return unicode_error(buf, start, i, "\\ at end of string");
        char c = s[i++];
        if (char e = simple_escape(c)) {
            out.push_back(static_cast<unsigned char>(e));
            continue;
        }
        if (c == '\n') continue;  // backslash-newline joins the lines
        if (is_octal(c)) {
            // Up to three octal digits; values above 0o377 are kept (3.12
            // starts warning about them).
            char32_t v = static_cast<char32_t>(c - '0');
            for (int k = 0; k < 2 && i < n && is_octal(s[i]); ++k)
                v = (v << 3) + static_cast<char32_t>(s[i++] - '0');
            out.push_back(v);
            continue;
        }
        int count = 0;
        const char* reason = nullptr;
        if (c == 'x') count = 2, reason = "truncated \\xXX escape";
        else if (c == 'u') count = 4, reason = "truncated \\uXXXX escape";
        else if (c == 'U') count = 8, reason = "truncated \\UXXXXXXXX escape";
        if (count != 0) {
            // 32 bits hold eight hex digits, so no overflow before the check.
            std::uint32_t v = 0;
            for (; count > 0; --count, ++i) {
                int d = i < n ? hex_value(s[i]) : -1;
                if (d < 0) return unicode_error(buf, start, i, reason);
                v = (v << 4) + static_cast<std::uint32_t>(d);
            }
            if (v > 0x10FFFF) return unicode_error(buf, start, i, "illegal Unicode character");
            out.push_back(v);
            continue;
        }
        if (c == 'N') {
            const char* malformed = "malformed \\N character escape";
            if (i >= n || s[i] != '{') return unicode_error(buf, start, i, malformed);
            std::size_t name_start = ++i;
            while (i < n && s[i] != '}') ++i;
            if (i >= n || i == name_start) return unicode_error(buf, start, i, malformed);
            std::string_view name(s.data() + name_start, i - name_start);
            ++i;
            auto code = rt::unicode::lookup_name(name);
            if (!code) return unicode_error(buf, start, i, "unknown Unicode character name");
            out.push_back(*code);
            continue;
        }
        // An unknown escape stays as written, backslash included.
        out.push_back(U'\\');
        out.push_back(static_cast<unsigned char>(c));
    }
    return std::nullopt;
}

}  // namespace

// ---- str ------------------------------------------------------------------------

std::optional<LiteralError> decode_str(std::string_view body, bool raw, std::u32string& out) {
    out.clear();
    std::string text;
    std::vector<std::size_t> origin;
    normalize_newlines(body, text, origin);
    const LiteralError bad_utf8{"(unicode error) 'utf-8' codec can't decode the literal", 0};
    if (raw || text.find('\\') == std::string::npos) {
        if (!rt::unicode::decode_utf8(text, out)) return bad_utf8;
        return std::nullopt;
    }
    EscapeBuffer buf;
    if (!build_escape_buffer(text, origin, buf)) return bad_utf8;
    return decode_unicode_escape(buf, out);
}

// ---- bytes ----------------------------------------------------------------------

std::optional<LiteralError> decode_bytes(std::string_view body, bool raw, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < body.size(); ++i)
        if (static_cast<unsigned char>(body[i]) >= 0x80)
            return LiteralError{"bytes can only contain ASCII literal characters", i};
    std::string s;
    std::vector<std::size_t> origin;
    normalize_newlines(body, s, origin);
    if (raw) {
        out = std::move(s);
        return std::nullopt;
    }
    // _PyBytes_DecodeEscape: positions in its messages are plain offsets.
    std::size_t i = 0, n = s.size();
    while (i < n) {
        if (s[i] != '\\') {
            out.push_back(s[i++]);
            continue;
        }
        std::size_t start = i++;
        if (i >= n) return LiteralError{"(value error) Trailing \\ in string", origin[start]};
        char c = s[i++];
        if (char e = simple_escape(c)) {
            out.push_back(e);
        } else if (c == '\n') {
            continue;
        } else if (is_octal(c)) {
            // Three octal digits can exceed a byte ('\777'); CPython keeps
            // the low eight bits.
            unsigned v = static_cast<unsigned>(c - '0');
            for (int k = 0; k < 2 && i < n && is_octal(s[i]); ++k)
                v = (v << 3) + static_cast<unsigned>(s[i++] - '0');
            out.push_back(static_cast<char>(v & 0xFF));
        } else if (c == 'x') {
            int hi = i < n ? hex_value(s[i]) : -1;
            int lo = i + 1 < n ? hex_value(s[i + 1]) : -1;
            if (hi < 0 || lo < 0) {
                return LiteralError{
                    "(value error) invalid \\x escape at position " + std::to_string(start),
                    origin[start]};
            }
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else {
            out.push_back('\\');
            out.push_back(c);
        }
    }
    return std::nullopt;
}

}  // namespace glasspy::interp
