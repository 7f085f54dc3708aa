// int <-> text: int(s, base), repr/str, bin/oct/hex, and the limit on
// decimal conversions (CPython: Objects/longobject.c PyLong_FromString,
// long_to_decimal_string, long_format_binary; Python/sysmodule.c for
// sys.set_int_max_str_digits).
//
// The digit limit (CPython 3.11, CVE-2020-10735): converting between an int
// and text in a base that is not a power of two costs time quadratic in the
// length with CPython's algorithms, so such conversions refuse numbers of
// more than 4300 decimal digits by default.  GMP's algorithms are faster,
// but the limit is observable behaviour (the error, the sys functions) and
// is kept exactly.
//
// Invariants: parsing accepts exactly what CPython accepts (see
// int_from_string); every error message quotes the original text through
// repr, cut to 200 characters as CPython's "%.200R" does.
#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <string>

#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/state.hpp"
#include "runtime/int_internal.hpp"
#include "runtime/repr.hpp"
#include "runtime/str.hpp"
#include "runtime/unicode.hpp"

namespace glasspy::rt {

// ---- the limit ---------------------------------------------------------------------------------

namespace {

// _PY_LONG_MAX_STR_DIGITS_THRESHOLD (Include/internal/pycore_long.h, 3.11).
constexpr int MAX_STR_DIGITS_THRESHOLD = 640;

}  // namespace

int int_max_str_digits() { return interp().int_state.max_str_digits; }

bool set_int_max_str_digits(ssize_t max_digits) {
    if (max_digits != 0 && max_digits < MAX_STR_DIGITS_THRESHOLD) {
        set_error(&exc::ValueError, "maxdigits must be 0 or larger than 640");
        return false;
    }
    interp().int_state.max_str_digits = static_cast<int>(std::min<ssize_t>(max_digits, INT32_MAX));
    return true;
}

// ---- int -> text -----------------------------------------------------------------------------------

bool int_to_string(Object* o, int base, std::string* out) {
    const int max_str_digits = int_max_str_digits();
    // Machine-word values (nearly all that get printed) need no GMP
    // round trip; to_chars writes lowercase letters, as mpz_get_str does.
    std::int64_t value;
    if (int_fits_i64(o, &value)) {
        char buffer[72];  // 64 binary digits and a sign
        auto end = std::to_chars(buffer, buffer + sizeof buffer, value, base).ptr;
        out->assign(buffer, end);
        return true;
    }
    bool limited = base != 2 && base != 4 && base != 8 && base != 16 && base != 32;
    if (limited && max_str_digits > 0) {
        // An early refusal, before any work, for numbers certainly too long:
        // n bits have at least floor((n - 1) * log10(2)) + 1 decimal digits.
        double min_digits = std::floor(static_cast<double>(int_bit_length(o) - 1) * 0.30102999566398120) + 1;
        if (int_bit_length(o) > 0 && min_digits > max_str_digits + 1.0) {
            set_error_fmt(&exc::ValueError,
                          "Exceeds the limit ({} digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          max_str_digits);
            return false;
        }
    }
    Mpz z;
    int_to_mpz(o, z);
    out->resize(mpz_sizeinbase(z, base) + 2);
    mpz_get_str(out->data(), base, z);
    out->resize(std::char_traits<char>::length(out->data()));
    ssize_t ndigits = static_cast<ssize_t>(out->size()) - (mpz_sgn(z) < 0);
    if (limited && max_str_digits > 0 && ndigits > max_str_digits) {
        set_error_fmt(&exc::ValueError,
                      "Exceeds the limit ({} digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      max_str_digits);
        return false;
    }
    return true;
}

Object* int_repr(Object* o) {
    std::string text;
    if (!int_to_string(o, 10, &text)) return nullptr;
    return str_from_utf8(text);
}

Object* int_format_prefixed(Object* o, int base) {
    std::string digits;
    if (!int_to_string(o, base, &digits)) return nullptr;
    const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    bool negative = !digits.empty() && digits[0] == '-';
    std::string text = negative ? "-" : "";
    text += prefix;
    text.append(digits, negative ? 1 : 0);
    return str_from_utf8(text);
}

// ---- text -> int -----------------------------------------------------------------------------------

namespace {

// Python's str.isspace(): bidirectional class WS, B or S, or category Zs
// (CPython: Py_UNICODE_ISSPACE).
bool is_space(char32_t c) {
    if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    auto dir = u_charDirection(static_cast<UChar32>(c));
    return dir == U_WHITE_SPACE_NEUTRAL || dir == U_BLOCK_SEPARATOR || dir == U_SEGMENT_SEPARATOR ||
           u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR;
}

// The value of a digit in bases up to 36, or 99: ASCII digits and letters,
// and any Unicode decimal digit (category Nd), as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII makes them ASCII first.
int digit_value(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A' + 10);
    if (c >= 128 && u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER)
        return u_charDigitValue(static_cast<UChar32>(c));
    return 99;
}

std::nullptr_t invalid_literal(std::u32string_view text, int base) {
    // "%.200R": the repr, cut after 200 characters (the closing quote may go).
    std::string repr = repr_str(text);
    std::u32string points;
    if (unicode::decode_utf8_surrogatepass(repr, points) && points.size() > 200) {
        points.resize(200);
        repr = unicode::to_utf8(points);
    }
    set_error_fmt(&exc::ValueError, "invalid literal for int() with base {}: {}", base, repr);
    return nullptr;
}

std::nullptr_t too_many_digits(ssize_t ndigits) {
    const int max_str_digits = int_max_str_digits();
    set_error_fmt(&exc::ValueError,
                  "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  max_str_digits, ndigits);
    return nullptr;
}

bool is_power_of_two_base(int base) { return (base & (base - 1)) == 0; }

// The digits (ASCII, underscores dropped) to an int.
Object* digits_to_int(const std::string& digits, int base, bool negative) {
    Mpz z;
    if (digits.size() <= 18 && base == 10) {
        std::int64_t v = std::stoll(digits);
        return int_from_i64(negative ? -v : v);
    }
    mpz_set_str(z, digits.c_str(), base);
    if (negative) mpz_neg(z, z);
    return int_from_mpz(z);
}

}  // namespace

Object* int_from_string(std::u32string_view text, int base) {
    const int max_str_digits = int_max_str_digits();
    // CPython's PyLong_FromString, step by step.
    if (base != 0 && (base < 2 || base > 36)) {
        set_error(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
        return nullptr;
    }
    const int given_base = base;
    std::size_t i = 0, n = text.size();
    while (i < n && is_space(text[i])) ++i;
    bool negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    auto at = [&](std::size_t k) -> char32_t { return k < n ? text[k] : 0; };
    auto prefix_for = [&](int b) {
        char32_t c = at(i + 1);
        return at(i) == '0' && ((b == 16 && (c == 'x' || c == 'X')) || (b == 8 && (c == 'o' || c == 'O')) ||
                                (b == 2 && (c == 'b' || c == 'B')));
    };
    bool error_if_nonzero = false;
    if (base == 0) {
        if (at(i) != '0')
            base = 10;
        else if (prefix_for(16))
            base = 16;
        else if (prefix_for(8))
            base = 8;
        else if (prefix_for(2))
            base = 2;
        else {
            // A C-style octal literal ("010") is invalid, but zero ("00") is not.
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (prefix_for(base)) {
        i += 2;
        if (at(i) == '_') ++i;  // one underscore may follow the prefix: 0x_1f
    }
    if (at(i) == '_') return invalid_literal(text, given_base);
    // The digits, with single underscores between them.
    std::string digits;
    bool last_underscore = false;
    for (; i < n; ++i) {
        char32_t c = text[i];
        if (c == '_') {
            if (last_underscore) return invalid_literal(text, given_base);
            last_underscore = true;
            continue;
        }
        int d = digit_value(c);
        if (d >= base) break;
        digits.push_back(static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10));
        last_underscore = false;
    }
    if (last_underscore || digits.empty()) return invalid_literal(text, given_base);
    // The limit is checked as soon as the digits are counted, before what
    // follows them is looked at (CPython's order).
    if (!is_power_of_two_base(base) && max_str_digits > 0 &&
        static_cast<ssize_t>(digits.size()) > max_str_digits)
        return too_many_digits(static_cast<ssize_t>(digits.size()));
    if (error_if_nonzero && digits.find_first_not_of('0') != std::string::npos)
        return invalid_literal(text, given_base);
    while (i < n && is_space(text[i])) ++i;
    if (i != n) return invalid_literal(text, given_base);
    return digits_to_int(digits, base, negative);
}

Object* int_from_decimal(std::string_view text) {
    const int max_str_digits = int_max_str_digits();
    std::string digits;
    digits.reserve(text.size());
    for (char c : text)
        if (c != '_') digits.push_back(c);
    if (digits.empty()) return bad_internal_call("int_from_decimal: no digits");
    if (max_str_digits > 0 && static_cast<ssize_t>(digits.size()) > max_str_digits)
        return too_many_digits(static_cast<ssize_t>(digits.size()));
    return digits_to_int(digits, 10, false);
}

}  // namespace glasspy::rt
