// format() for int, float and str, as CPython 3.11 does it: the spec parser
// and the number layout of Python/formatter_unicode.c, digit grouping from
// Objects/stringlib/localeutil.h (_PyUnicode_InsertThousandsGrouping), and the
// float-to-text layout of Python/pystrtod.c (format_float_short).
//
// How a number is laid out (calc_number_widths):
//
//   <lpadding> <sign> <prefix> <spadding> <grouped_digits> <decimal> <remainder> <rpadding>
//
// only one of the three paddings is non-zero; '=' alignment pads between the
// sign/prefix and the digits, and when the fill is '0' that padding is made of
// digits, so grouping separators run through it (format(1234, '010,') ==
// '00,001,234').
//
// Floats: CPython asks David Gay's dtoa for a correctly rounded digit string
// in one of three modes (shortest, N significant digits, N digits after the
// point) and then places the point, zeros and exponent itself.  Here fmt
// (correctly rounded at any precision) and std::to_chars (shortest) produce
// the same digit strings, reduced to dtoa's shape (no trailing zeros, decpt =
// position of the point), and format_float_short is followed line by line.
//
// Invariant: every public entry point catches std::bad_alloc/length_error
// (CPython's MemoryError for absurd widths), so no C++ exception escapes.
#include "runtime/format_spec.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <new>
#include <optional>
#include <stdexcept>

#include "runtime/repr.hpp"
#include "runtime/unicode.hpp"

namespace glasspy::rt {

namespace {

constexpr std::int64_t PY_SSIZE_T_MAX = INT64_MAX;

FormatError value_error(std::string message) {
    return {FormatErrorType::ValueError, std::move(message)};
}

std::u32string ascii_to_u32(std::string_view s) {
    return std::u32string(s.begin(), s.end());
}

// "%.200s" of a type name in CPython's messages.
std::string_view type_name_200(std::string_view name) {
    return name.substr(0, 200);
}

// A presentation type in a message: itself when printable ASCII, else
// "\x<hex>" (CPython: "%c" is only used for 32 < c < 128).
std::string code_text(char32_t c) {
    if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
    return fmt::format("\\x{:x}", static_cast<unsigned>(c));
}

FormatError unknown_presentation_type(char32_t type, std::string_view type_name) {
    return value_error(fmt::format("Unknown format code '{}' for object of type '{}'",
                                   code_text(type), type_name_200(type_name)));
}

std::string_view default_type_name(char default_type) {
    switch (default_type) {
        case 'd': return "int";
        case 's': return "str";
        default: return "float";
    }
}

// Py_UNICODE_TODECIMAL: the value of a decimal digit of any script (the
// width '٣' is 3), -1 otherwise.  Digits ICU added after Unicode 14.0 are
// not digits to CPython 3.11.
int to_decimal(char32_t c) {
    if (c < 0x80) return c >= U'0' && c <= U'9' ? static_cast<int>(c - U'0') : -1;
    if (c > 0x10FFFF) return -1;
    int value = u_charDigitValue(static_cast<UChar32>(c));
    if (value < 0) return -1;
    UVersionInfo age;
    u_charAge(static_cast<UChar32>(c), age);
    return age[0] <= 14 ? value : -1;
}

// get_integer: consumes decimal digits at pos; returns how many, or -1 with
// the "Too many decimal digits" error when the value passes PY_SSIZE_T_MAX.
int get_integer(std::u32string_view spec, std::size_t& pos, std::int64_t& result) {
    std::int64_t accumulator = 0;
    int numdigits = 0;
    for (; pos < spec.size(); ++pos, ++numdigits) {
        int digitval = to_decimal(spec[pos]);
        if (digitval < 0) break;
        if (accumulator > (PY_SSIZE_T_MAX - digitval) / 10) return -1;
        accumulator = accumulator * 10 + digitval;
    }
    result = accumulator;
    return numdigits;
}

// True when type is one of the codes listed (the code 0, "no type", is
// never listed: callers test it apart).
bool is_one_of(char32_t type, std::u32string_view codes) {
    return type != 0 && codes.find(type) != std::u32string_view::npos;
}

// The presentation types of each built-in (CPython: the switches of
// format_obj's callers in formatter_unicode.c).
constexpr std::u32string_view INT_TYPES = U"bcdoxXn";
constexpr std::u32string_view FLOAT_TYPES = U"eEfFgG%";  // also int's, after float(int)

bool is_alignment_token(char32_t c) {
    return c == U'<' || c == U'>' || c == U'=' || c == U'^';
}
bool is_sign_element(char32_t c) {
    return c == U' ' || c == U'+' || c == U'-';
}

}  // namespace

// ---- the spec ---------------------------------------------------------------------

namespace {

// "[[fill]align][sign][z][#][0]": everything before the width.
void parse_align_and_flags(std::u32string_view spec, std::size_t& pos, FormatSpec& format) {
    const std::size_t end = spec.size();
    bool align_specified = false, fill_char_specified = false;
    // A fill character is only recognised in front of an alignment token.
    if (end - pos >= 2 && is_alignment_token(spec[pos + 1])) {
        format.align = spec[pos + 1];
        format.fill_char = spec[pos];
        fill_char_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment_token(spec[pos])) {
        format.align = spec[pos];
        align_specified = true;
        ++pos;
    }
    if (end - pos >= 1 && is_sign_element(spec[pos])) format.sign = spec[pos++];
    if (end - pos >= 1 && spec[pos] == U'z') {
        format.no_neg_0 = true;
        ++pos;
    }
    if (end - pos >= 1 && spec[pos] == U'#') {
        format.alternate = true;
        ++pos;
    }
    // '0' before the width means "pad with zeros after the sign" for numbers;
    // since 3.10 it no longer changes the default (left) alignment of str.
    if (!fill_char_specified && end - pos >= 1 && spec[pos] == U'0') {
        format.fill_char = U'0';
        if (!align_specified && format.align == U'>') format.align = U'=';
        ++pos;
    }
}

// Grouping is checked with the spec alone, before the value's type is known
// (PEP 378, PEP 515): ',' only with decimal presentations, '_' also with
// b/o/x/X, where it groups by four.
std::optional<FormatError> check_grouping_type(FormatSpec& format) {
    if (format.thousands_separators == Grouping::none) return std::nullopt;
    if (format.type == 0 || is_one_of(format.type, U"defgEG%F")) return std::nullopt;
    if (is_one_of(format.type, U"boxX") && format.thousands_separators == Grouping::underscore) {
        format.thousands_separators = Grouping::underscore_four;
        return std::nullopt;
    }
    return value_error(fmt::format("Cannot specify '{}' with '{}'.",
                                   format.thousands_separators == Grouping::comma ? ',' : '_',
                                   code_text(format.type)));
}

}  // namespace

FormatResult<FormatSpec> parse_format_spec(std::u32string_view spec, char default_type,
                                           std::string_view type_name) {
    if (type_name.empty()) type_name = default_type_name(default_type);
    FormatSpec format;
    format.align = default_type == 's' ? U'<' : U'>';
    format.type = static_cast<unsigned char>(default_type);
    const std::size_t end = spec.size();
    std::size_t pos = 0;
    parse_align_and_flags(spec, pos, format);

    int consumed = get_integer(spec, pos, format.width);
    if (consumed < 0) return value_error("Too many decimal digits in format string");
    if (consumed == 0) format.width = -1;

    if (end - pos >= 1 && spec[pos] == U',') {
        format.thousands_separators = Grouping::comma;
        ++pos;
    }
    if (end - pos >= 1 && spec[pos] == U'_') {
        if (format.thousands_separators != Grouping::none)
            return value_error("Cannot specify both ',' and '_'.");
        format.thousands_separators = Grouping::underscore;
        ++pos;
    }
    // "_," is an error; ",," is not yet (the second ',' becomes the type).
    if (end - pos >= 1 && spec[pos] == U',' && format.thousands_separators == Grouping::underscore)
        return value_error("Cannot specify both ',' and '_'.");

    if (end - pos >= 1 && spec[pos] == U'.') {
        ++pos;
        consumed = get_integer(spec, pos, format.precision);
        if (consumed < 0) return value_error("Too many decimal digits in format string");
        if (consumed == 0) return value_error("Format specifier missing precision");
    }

    if (end - pos > 1)
        return value_error(fmt::format("Invalid format specifier '{}' for object of type '{}'",
                                       unicode::to_utf8(spec), type_name_200(type_name)));
    if (end - pos == 1) format.type = spec[pos++];
    if (auto error = check_grouping_type(format)) return *error;
    return format;
}

// ---- numbers: grouping and layout ------------------------------------------------

namespace {

// What the locale contributes (CPython: LocaleInfo).  group == 0: none.
struct LocaleInfo {
    char32_t thousands_sep = 0;
    int group = 0;
};

LocaleInfo get_locale_info(Grouping grouping) {
    switch (grouping) {
        case Grouping::comma: return {U',', 3};
        case Grouping::underscore: return {U'_', 3};
        case Grouping::underscore_four: return {U'_', 4};
        case Grouping::none: break;
    }
    return {};
}

// _PyUnicode_InsertThousandsGrouping: the digits with separators, and padded
// with '0's (through which the separators also run) to at least min_width.
// Built from the right, group by group, as CPython fills its buffer.
std::u32string insert_thousands_grouping(std::u32string_view digits, std::int64_t min_width,
                                         const LocaleInfo& locale) {
    std::u32string out;  // reversed
    min_width = std::max<std::int64_t>(0, min_width);
    auto remaining = static_cast<std::int64_t>(digits.size());
    bool use_separator = false;  // separators go between groups only
    auto emit = [&](std::int64_t len) {
        std::int64_t n_zeros = std::max<std::int64_t>(0, len - remaining);
        std::int64_t n_chars = std::max<std::int64_t>(0, std::min(remaining, len));
        if (use_separator) out.push_back(locale.thousands_sep);
        for (std::int64_t i = 0; i < n_chars; ++i)
            out.push_back(digits[remaining - 1 - i]);
        out.append(static_cast<std::size_t>(n_zeros), U'0');
        use_separator = true;
        remaining -= n_chars;
        min_width -= len;
    };
    if (locale.group > 0) {
        for (;;) {
            emit(std::min<std::int64_t>(locale.group,
                                        std::max({remaining, min_width, std::int64_t{1}})));
            if (remaining <= 0 && min_width <= 0) break;
            min_width -= 1;  // the separator's width
        }
    } else {
        emit(std::max({remaining, min_width, std::int64_t{1}}));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// The parts of a laid-out number (CPython: NumberFieldWidths, which holds
// their widths; here the digit parts themselves).
struct NumberFieldWidths {
    std::int64_t n_lpadding = 0, n_spadding = 0, n_rpadding = 0;
    char32_t sign = 0;
    std::u32string_view prefix;
    std::u32string grouped_digits;
    bool has_decimal = false;
    std::u32string_view remainder;
};

// number = digits[.remainder] without its sign; n_digits counts the leading
// digits.  The remainder is whatever follows them: fraction, exponent, '%',
// or all of "inf" / "nan" / the character of 'c'.
NumberFieldWidths calc_number_widths(std::u32string_view prefix, char32_t sign_char,
                                     std::u32string_view number, std::size_t n_digits,
                                     const FormatSpec& format, const LocaleInfo& locale) {
    NumberFieldWidths spec;
    spec.prefix = prefix;
    spec.has_decimal = n_digits < number.size() && number[n_digits] == U'.';
    spec.remainder = number.substr(n_digits + (spec.has_decimal ? 1 : 0));
    if (format.sign == U'+') spec.sign = sign_char == U'-' ? U'-' : U'+';
    else if (format.sign == U' ') spec.sign = sign_char == U'-' ? U'-' : U' ';
    else if (sign_char == U'-') spec.sign = U'-';
    auto n_non_digit_non_padding = static_cast<std::int64_t>(
        (spec.sign ? 1 : 0) + prefix.size() + (spec.has_decimal ? 1 : 0) + spec.remainder.size());
    // Zero padding becomes part of the digits (and gets separators).
    std::int64_t n_min_width = 0;
    if (format.fill_char == U'0' && format.align == U'=')
        n_min_width = format.width - n_non_digit_non_padding;
    // No digits only happens for 'c', inf and nan: nothing to group.
    if (n_digits != 0)
        spec.grouped_digits =
            insert_thousands_grouping(number.substr(0, n_digits), n_min_width, locale);

    std::int64_t n_padding = format.width - (n_non_digit_non_padding +
                                             static_cast<std::int64_t>(spec.grouped_digits.size()));
    if (n_padding > 0) {
        switch (format.align) {
            case U'<': spec.n_rpadding = n_padding; break;
            case U'^':
                spec.n_lpadding = n_padding / 2;
                spec.n_rpadding = n_padding - spec.n_lpadding;
                break;
            case U'=': spec.n_spadding = n_padding; break;
            default: spec.n_lpadding = n_padding; break;
        }
    }
    return spec;
}

// Writes the parts in order; toupper ('X') applies to the prefix and digits.
std::u32string fill_number(const NumberFieldWidths& spec, char32_t fill_char, bool toupper) {
    auto upper = [toupper](char32_t c) { return toupper && c >= U'a' && c <= U'z' ? c - 32 : c; };
    std::u32string out;
    out.reserve(static_cast<std::size_t>(spec.n_lpadding + spec.n_spadding + spec.n_rpadding) +
                spec.prefix.size() + spec.grouped_digits.size() + spec.remainder.size() + 2);
    out.append(static_cast<std::size_t>(spec.n_lpadding), fill_char);
    if (spec.sign) out.push_back(spec.sign);
    for (char32_t c : spec.prefix)
        out.push_back(upper(c));
    out.append(static_cast<std::size_t>(spec.n_spadding), fill_char);
    for (char32_t c : spec.grouped_digits)
        out.push_back(upper(c));
    if (spec.has_decimal) out.push_back(U'.');
    out.append(spec.remainder);
    out.append(static_cast<std::size_t>(spec.n_rpadding), fill_char);
    return out;
}

std::u32string layout_number(std::u32string_view prefix, char32_t sign_char,
                             std::u32string_view number, std::size_t n_digits,
                             const FormatSpec& format, const LocaleInfo& locale, bool toupper) {
    return fill_number(calc_number_widths(prefix, sign_char, number, n_digits, format, locale),
                       format.fill_char, toupper);
}

}  // namespace

// ---- int -------------------------------------------------------------------------

bool int_to_double(mpz_srcptr value, double& out) {
    std::size_t nbits = mpz_sizeinbase(value, 2);
    if (nbits <= 53) {  // exact
        out = mpz_get_d(value);
        return true;
    }
    if (nbits > 1024) return false;
    // Keep 54 bits (53 + the rounding bit) and whether anything below is set,
    // then round half to even as the hardware would.
    mpz_t top;
    mpz_init(top);
    mpz_abs(top, value);
    bool sticky = mpz_scan1(top, 0) < nbits - 54;
    mpz_tdiv_q_2exp(top, top, nbits - 54);
    unsigned long m = mpz_get_ui(top);
    mpz_clear(top);
    bool round_bit = m & 1;
    m >>= 1;
    if (round_bit && (sticky || (m & 1))) ++m;
    double r = std::ldexp(static_cast<double>(m), static_cast<int>(nbits) - 53);
    if (std::isinf(r)) return false;
    out = mpz_sgn(value) < 0 ? -r : r;
    return true;
}

namespace {

// int -> str in base 10 refuses more than sys.get_int_max_str_digits()
// digits (CVE-2020-10735; 3.11.0+).  Other bases are not limited.
std::optional<FormatError> check_str_digits(std::size_t n_digits, int max_str_digits) {
    if (max_str_digits > 0 && n_digits > static_cast<std::size_t>(max_str_digits))
        return value_error(
            fmt::format("Exceeds the limit ({} digits) for integer string conversion; use "
                        "sys.set_int_max_str_digits() to increase the limit",
                        max_str_digits));
    return std::nullopt;
}

std::string digits_in_base(mpz_srcptr value, int base) {
    std::string buf(mpz_sizeinbase(value, base) + 2, '\0');
    mpz_get_str(buf.data(), base, value);
    buf.resize(std::char_traits<char>::length(buf.c_str()));
    if (!buf.empty() && buf[0] == '-') buf.erase(0, 1);
    return buf;
}

FormatResult<std::u32string> format_long(mpz_srcptr value, const FormatSpec& format,
                                         int max_str_digits) {
    if (format.precision != -1)
        return value_error("Precision not allowed in integer format specifier");
    if (format.no_neg_0)
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    LocaleInfo locale =
        get_locale_info(format.type == U'n' ? Grouping::none : format.thousands_separators);

    if (format.type == U'c') {
        if (format.sign != 0)
            return value_error("Sign not allowed with integer format specifier 'c'");
        if (format.alternate)
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        if (!mpz_fits_slong_p(value))
            return FormatError{FormatErrorType::OverflowError,
                               "Python int too large to convert to C long"};
        long x = mpz_get_si(value);
        if (x < 0 || x > 0x10FFFF)
            return FormatError{FormatErrorType::OverflowError, "%c arg not in range(0x110000)"};
        // The character goes in as a "remainder": copied, never grouped.
        std::u32string ch(1, static_cast<char32_t>(x));
        return layout_number({}, 0, ch, 0, format, locale, false);
    }

    int base = 10;
    std::u32string_view prefix;
    switch (format.type) {
        case U'b':
            base = 2;
            prefix = U"0b";
            break;
        case U'o':
            base = 8;
            prefix = U"0o";
            break;
        case U'x':
        case U'X':
            base = 16;
            prefix = U"0x";
            break;
        default: break;
    }
    std::string digits = digits_in_base(value, base);
    if (base == 10)
        if (auto error = check_str_digits(digits.size(), max_str_digits)) return *error;
    std::u32string number = ascii_to_u32(digits);
    return layout_number(format.alternate ? prefix : std::u32string_view{},
                         mpz_sgn(value) < 0 ? U'-' : 0, number, number.size(), format, locale,
                         format.type == U'X');
}

}  // namespace

// ---- float: digits and their layout (Python/pystrtod.c) ---------------------------

namespace {

// What _Py_dg_dtoa returns: digits without trailing zeros and the position
// of the decimal point (value = 0.digits * 10**decpt).  Zero is "0" with
// decpt 1; in mode 3 a value that rounds to zero is "" with decpt -ndigits.
struct DtoaDigits {
    std::string digits;
    int decpt = 0;
};

// Beyond these, a double's exact decimal expansion has ended, so asking for
// more digits only adds zeros (at most 767 significant digits; the smallest
// subnormal has 1074 after the point).
constexpr int MAX_SIGNIFICANT = 800;
constexpr int MAX_FRACTION = 1080;

// mode 0: shortest round-trip; mode 2: ndigits significant digits;
// mode 3: ndigits after the point.  d is finite and not negative.
DtoaDigits dtoa(double d, int mode, std::int64_t ndigits) {
    DtoaDigits r;
    if (d == 0.0) return {"0", 1};
    std::string text;
    if (mode == 3) {
        text = fmt::format("{:.{}f}", d,
                           static_cast<int>(std::min<std::int64_t>(ndigits, MAX_FRACTION)));
        std::size_t point = text.find('.');
        std::size_t int_len = point == std::string::npos ? text.size() : point;
        if (point != std::string::npos) text.erase(point, 1);
        std::size_t first = text.find_first_not_of('0');
        if (first == std::string::npos) return {"", static_cast<int>(-ndigits)};
        r.digits = text.substr(first);
        r.decpt = static_cast<int>(int_len) - static_cast<int>(first);
    } else {
        if (mode == 0) {
            char buf[64];
            auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
            text.assign(buf, res.ptr);
        } else {
            text =
                fmt::format("{:.{}e}", d,
                            static_cast<int>(std::min<std::int64_t>(ndigits, MAX_SIGNIFICANT)) - 1);
        }
        std::size_t e = text.find('e');
        for (char c : std::string_view(text).substr(0, e))
            if (c != '.') r.digits.push_back(c);
        r.decpt = std::stoi(text.substr(e + 1)) + 1;
    }
    r.digits.erase(r.digits.find_last_not_of('0') + 1);
    return r;
}

struct FloatFlags {
    bool always_add_sign = false, add_dot_0_if_integer = false, use_alt_formatting = false,
         no_negative_zero = false;
};

// inf and nan: CPython never shows the sign of a nan.
std::string format_nonfinite(double d, const FloatFlags& flags, bool upper) {
    std::string out;
    if (std::isinf(d) && std::signbit(d)) out.push_back('-');
    else if (flags.always_add_sign) out.push_back('+');
    if (std::isinf(d)) return out + (upper ? "INF" : "inf");
    return out + (upper ? "NAN" : "nan");
}

// Writes vdigits[vdigits_start:vdigits_end], where vdigits is the digit
// string padded with zeros on both sides forever, with the point before
// vdigits[decpt].  Exactly one of the three parts gets the point.
void append_vdigits(std::string& out, const std::string& digits, std::int64_t decpt,
                    std::int64_t vdigits_start, std::int64_t vdigits_end) {
    auto digits_len = static_cast<std::int64_t>(digits.size());
    auto zeros = [&out](std::int64_t n) { out.append(static_cast<std::size_t>(n), '0'); };
    if (decpt <= 0) {  // zeros on the left, holding the point
        zeros(decpt - vdigits_start);
        out.push_back('.');
        zeros(-decpt);
    } else {
        zeros(-vdigits_start);
    }
    if (0 < decpt && decpt <= digits_len) {  // the point among the digits
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(decpt));
    } else {
        out += digits;
    }
    if (digits_len < decpt) {  // zeros on the right, holding the point
        zeros(decpt - digits_len);
        out.push_back('.');
        zeros(vdigits_end - decpt);
    } else {
        zeros(vdigits_end - digits_len);
    }
}

// format_float_short: places dtoa's digits.  format_code is e, f, g or r
// (upper-case codes arrive as lower case with upper set).  It decides
// whether to use an exponent and which slice of the zero-padded digits to
// show, then writes sign, digits, point and exponent.
std::string format_float_short(double d, char format_code, int mode, std::int64_t precision,
                               const FloatFlags& flags, bool upper) {
    if (!std::isfinite(d)) return format_nonfinite(d, flags, upper);
    bool sign = std::signbit(d);
    DtoaDigits dt = dtoa(std::fabs(d), mode, precision);
    auto digits_len = static_cast<std::int64_t>(dt.digits.size());
    std::int64_t decpt = dt.decpt;
    if (flags.no_negative_zero && sign && (digits_len == 0 || dt.digits == "0")) sign = false;

    std::int64_t vdigits_end = digits_len;
    bool use_exp = false;
    switch (format_code) {
        case 'e':
            use_exp = true;
            vdigits_end = precision;
            break;
        case 'f': vdigits_end = decpt + precision; break;
        case 'g':
            if (decpt <= -4 || decpt > (flags.add_dot_0_if_integer ? precision - 1 : precision))
                use_exp = true;
            if (flags.use_alt_formatting) vdigits_end = precision;
            break;
        default:  // 'r': exponent from 1e16 on (repr(2e16+8) must not read 20000000000000010.0)
            if (decpt <= -4 || decpt > 16) use_exp = true;
            break;
    }
    int exp = 0;
    if (use_exp) {
        exp = static_cast<int>(decpt - 1);
        decpt = 1;
    }
    // vdigits_start < decpt <= vdigits_end (strictly less for '.0' added).
    std::int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && flags.add_dot_0_if_integer) vdigits_end = std::max(vdigits_end, decpt + 1);
    else vdigits_end = std::max(vdigits_end, decpt);

    std::string out;
    out.reserve(static_cast<std::size_t>(vdigits_end - vdigits_start) + 8);
    if (sign) out.push_back('-');
    else if (flags.always_add_sign) out.push_back('+');
    append_vdigits(out, dt.digits, decpt, vdigits_start, vdigits_end);
    if (out.back() == '.' && !flags.use_alt_formatting) out.pop_back();
    if (use_exp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', exp);
        out += buf;
    }
    return out;
}

// PyOS_double_to_string: picks the dtoa mode for a format code.
std::string double_to_string(double val, char32_t format_code, std::int64_t precision,
                             const FloatFlags& flags) {
    bool upper = format_code == U'E' || format_code == U'F' || format_code == U'G';
    switch (format_code) {
        case U'e':
        case U'E': return format_float_short(val, 'e', 2, precision + 1, flags, upper);
        case U'f':
        case U'F': return format_float_short(val, 'f', 3, precision, flags, upper);
        case U'g':
        case U'G':
            // precision 0 makes no sense for 'g': it means 1
            return format_float_short(val, 'g', 2, precision == 0 ? 1 : precision, flags, upper);
        default: return format_float_short(val, 'r', 0, 0, flags, upper);
    }
}

}  // namespace

FormatResult<std::u32string> format_float_internal(double value, const FormatSpec& format) {
    if (format.precision > INT_MAX) return value_error("precision too big");
    std::int64_t precision = format.precision;
    int default_precision = 6;
    char32_t type = format.type;
    FloatFlags flags;
    flags.use_alt_formatting = format.alternate;
    flags.no_negative_zero = format.no_neg_0;
    if (type == 0) {
        // No type: repr() without a precision, else 'g' that keeps ".0".
        flags.add_dot_0_if_integer = true;
        type = U'r';
        default_precision = 0;
    }
    if (type == U'n') type = U'g';  // 'n' is 'g' in the (C) locale
    bool add_pct = false;
    if (type == U'%') {
        type = U'f';
        value *= 100;
        add_pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == U'r') type = U'g';

    std::u32string number = ascii_to_u32(double_to_string(value, type, precision, flags));
    if (add_pct) number.push_back(U'%');
    char32_t sign_char = 0;
    std::u32string_view rest = number;
    if (!rest.empty() && rest[0] == U'-') {
        sign_char = U'-';
        rest.remove_prefix(1);
    }
    std::size_t n_digits = 0;
    while (n_digits < rest.size() && rest[n_digits] >= U'0' && rest[n_digits] <= U'9')
        ++n_digits;
    LocaleInfo locale =
        get_locale_info(format.type == U'n' ? Grouping::none : format.thousands_separators);
    return layout_number({}, sign_char, rest, n_digits, format, locale, false);
}

FormatResult<std::u32string> format_long_internal(mpz_srcptr value, const FormatSpec& spec,
                                                  int max_str_digits) {
    return format_long(value, spec, max_str_digits);
}

// ---- str -------------------------------------------------------------------------

FormatResult<std::u32string> format_string_internal(std::u32string_view value,
                                                    const FormatSpec& format) {
    if (format.sign == U' ') return value_error("Space not allowed in string format specifier");
    if (format.sign != 0) return value_error("Sign not allowed in string format specifier");
    if (format.no_neg_0)
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (format.alternate)
        return value_error("Alternate form (#) not allowed in string format specifier");
    if (format.align == U'=')
        return value_error("'=' alignment not allowed in string format specifier");
    auto len = static_cast<std::int64_t>(value.size());
    if (format.precision >= 0 && len >= format.precision) len = format.precision;
    // calc_padding
    std::int64_t total = std::max(len, format.width);
    std::int64_t lpad = format.align == U'>'   ? total - len
                        : format.align == U'^' ? (total - len) / 2
                                               : 0;
    std::u32string out;
    out.reserve(static_cast<std::size_t>(total));
    out.append(static_cast<std::size_t>(lpad), format.fill_char);
    out.append(value.substr(0, static_cast<std::size_t>(len)));
    out.append(static_cast<std::size_t>(total - len - lpad), format.fill_char);
    return out;
}

// ---- entry points: empty spec, type dispatch, MemoryError -------------------------

namespace {

template <typename F> FormatResult<std::u32string> guarded(F&& body) {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return FormatError{FormatErrorType::MemoryError, ""};
    } catch (const std::length_error&) {
        return FormatError{FormatErrorType::MemoryError, ""};
    }
}

}  // namespace

FormatResult<std::u32string> format_int(mpz_srcptr value, std::u32string_view spec,
                                        std::string_view type_name, int max_str_digits) {
    return guarded([&]() -> FormatResult<std::u32string> {
        if (spec.empty()) {  // str(int)
            std::string digits = digits_in_base(value, 10);
            if (auto error = check_str_digits(digits.size(), max_str_digits)) return *error;
            return ascii_to_u32((mpz_sgn(value) < 0 ? "-" : "") + digits);
        }
        auto parsed = parse_format_spec(spec, 'd', type_name);
        if (!parsed.ok()) return parsed.error();
        const FormatSpec& format = parsed.value();
        if (is_one_of(format.type, INT_TYPES)) return format_long(value, format, max_str_digits);
        if (!is_one_of(format.type, FLOAT_TYPES))
            return unknown_presentation_type(format.type, type_name);
        double d;
        if (!int_to_double(value, d))
            return FormatError{FormatErrorType::OverflowError, "int too large to convert to float"};
        return format_float_internal(d, format);
    });
}

FormatResult<std::u32string> format_int(std::int64_t value, std::u32string_view spec,
                                        std::string_view type_name, int max_str_digits) {
    mpz_t z;
    mpz_init_set_si(z, static_cast<long>(value));
    auto result = format_int(z, spec, type_name, max_str_digits);
    mpz_clear(z);
    return result;
}

FormatResult<std::u32string> format_int(bool negative, std::string_view decimal_digits,
                                        std::u32string_view spec, std::string_view type_name,
                                        int max_str_digits) {
    mpz_t z;
    mpz_init(z);
    if (mpz_set_str(z, std::string(decimal_digits).c_str(), 10) != 0) {
        mpz_clear(z);
        return value_error("format_int: not a decimal digit string");
    }
    if (negative) mpz_neg(z, z);
    auto result = format_int(z, spec, type_name, max_str_digits);
    mpz_clear(z);
    return result;
}

FormatResult<std::u32string> format_float(double value, std::u32string_view spec,
                                          std::string_view type_name) {
    return guarded([&]() -> FormatResult<std::u32string> {
        if (spec.empty()) return ascii_to_u32(repr_float(value));  // str(float)
        auto parsed = parse_format_spec(spec, 0, type_name);
        if (!parsed.ok()) return parsed.error();
        char32_t type = parsed.value().type;
        if (type != 0 && type != U'n' && !is_one_of(type, FLOAT_TYPES))
            return unknown_presentation_type(type, type_name);
        return format_float_internal(value, parsed.value());
    });
}

FormatResult<std::u32string> format_str(std::u32string_view value, std::u32string_view spec,
                                        std::string_view type_name) {
    return guarded([&]() -> FormatResult<std::u32string> {
        if (spec.empty()) return std::u32string(value);
        auto parsed = parse_format_spec(spec, 's', type_name);
        if (!parsed.ok()) return parsed.error();
        if (parsed.value().type != U's')
            return unknown_presentation_type(parsed.value().type, type_name);
        return format_string_internal(value, parsed.value());
    });
}

bool str_spec_keeps_value(std::u32string_view spec, std::int64_t length) {
    if (spec.empty()) return true;
    auto parsed = parse_format_spec(spec, 's', "str");
    if (!parsed.ok()) return false;
    const FormatSpec& f = parsed.value();
    // The spec errors of format_string_internal come first.
    if (f.type != U's' || f.sign != 0 || f.no_neg_0 || f.alternate || f.align == U'=') return false;
    return f.width <= length && (f.precision == -1 || f.precision >= length);
}

}  // namespace glasspy::rt
