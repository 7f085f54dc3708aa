// repr() of str, bytes, float and complex, byte for byte as CPython 3.11
// (Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c PyBytes_Repr,
// Python/pystrtod.c PyOS_double_to_string and format_float_short,
// Objects/complexobject.c complex_repr).
//
// Floats: std::to_chars gives the shortest digit string that reads back as
// the same double (what CPython's dtoa mode 0 gives); only the layout of those
// digits follows Python's rules, so no rounding happens here.
#include "runtime/repr.hpp"

#include <fmt/format.h>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "runtime/unicode.hpp"

namespace glasspy::rt {

namespace {

constexpr char HEX[] = "0123456789abcdef";

void append_hex(std::string& out, char32_t c, int digits) {
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out.push_back(HEX[(c >> shift) & 0xF]);
}

// Both reprs use single quotes unless the text holds a single quote and no
// double quote; only the chosen quote is then escaped.
template <typename Text> char choose_quote(const Text& s) {
    bool single = false, dbl = false;
    for (auto c : s) {
        if (c == '\'') single = true;
        else if (c == '"') dbl = true;
    }
    return single && !dbl ? '"' : '\'';
}

}  // namespace

// ---- str, bytes -----------------------------------------------------------------

std::string repr_str(std::u32string_view s) {
    char quote = choose_quote(s);
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(quote);
    for (char32_t c : s) {
        if (c == static_cast<char32_t>(quote) || c == U'\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == U'\t') {
            out += "\\t";
        } else if (c == U'\n') {
            out += "\\n";
        } else if (c == U'\r') {
            out += "\\r";
        } else if (c < U' ' || c == 0x7F) {
            out += "\\x";
            append_hex(out, c, 2);
        } else if (c < 0x7F) {
            out.push_back(static_cast<char>(c));
        } else if (unicode::is_printable(c)) {
            unicode::append_utf8(out, c);
        } else if (c <= 0xFF) {
            out += "\\x";
            append_hex(out, c, 2);
        } else if (c <= 0xFFFF) {
            out += "\\u";
            append_hex(out, c, 4);
        } else {
            out += "\\U";
            append_hex(out, c, 8);
        }
    }
    out.push_back(quote);
    return out;
}

std::string repr_bytes(std::string_view b) {
    char quote = choose_quote(b);
    std::string out = "b";
    out.push_back(quote);
    for (char ch : b) {
        auto c = static_cast<unsigned char>(ch);
        if (c == quote || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            out += "\\x";
            append_hex(out, c, 2);
        } else {
            out.push_back(ch);
        }
    }
    out.push_back(quote);
    return out;
}

// ---- float, complex -------------------------------------------------------------

namespace {

// format_float_short for the 'r' code: the digits d1d2...dn and decpt with
// value = 0.d1d2...dn * 10**decpt.  Exponent form when decpt <= -4 or
// decpt > 16, i.e. when the usual exponent (decpt - 1) is < -4 or >= 16;
// the exponent has a sign and at least two digits.  add_dot_0 makes a
// whole number look like a float ('1.0'); complex parts go without ('1j').
// always_sign gives '+' to non-negative values (and to nan, whose sign
// CPython never shows).
std::string format_double(double v, bool add_dot_0, bool always_sign) {
    std::string out;
    if (std::isnan(v)) return always_sign ? "+nan" : "nan";
    if (std::signbit(v)) out.push_back('-');
    else if (always_sign) out.push_back('+');
    if (std::isinf(v)) return out + "inf";

    // Scientific form "d[.ddd]e±XX" holds the shortest round-trip digits.
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
    std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
    std::size_t e_pos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e_pos))
        if (c != '.') digits.push_back(c);
    int exp10 = 0;
    std::string_view exp_text = sci.substr(e_pos + 1);
    if (exp_text.front() == '+') exp_text.remove_prefix(1);
    std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exp10);
    int decpt = exp10 + 1;
    int ndigits = static_cast<int>(digits.size());

    if (decpt <= -4 || decpt > 16) {
        out.push_back(digits[0]);
        if (ndigits > 1) {
            out.push_back('.');
            out.append(digits, 1);
        }
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
        out += ebuf;
    } else if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decpt), '0');
        out += digits;
    } else if (decpt < ndigits) {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(decpt));
    } else {
        out += digits;
        out.append(static_cast<std::size_t>(decpt - ndigits), '0');
        if (add_dot_0) out += ".0";
    }
    return out;
}

}  // namespace

std::string repr_float(double v) { return format_double(v, true, false); }

std::string repr_complex(double real, double imag) {
    // A real part of +0.0 is left out, and so are the parentheses; -0.0 is
    // kept so that the value reads back with its sign ('(-0+1j)').
    if (real == 0.0 && !std::signbit(real)) return format_double(imag, false, false) + "j";
    return fmt::format("({}{}j)", format_double(real, false, false), format_double(imag, false, true));
}

}  // namespace glasspy::rt
