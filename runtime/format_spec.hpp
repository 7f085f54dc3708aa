// The format-spec mini-language of format()/str.format()/f-strings for the
// built-in int, float and str: parsing "[[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]" and laying a value out by it, byte for byte as
// CPython 3.11 (Python/formatter_unicode.c, Python/pystrtod.c
// format_float_short, Objects/stringlib/localeutil.h for digit grouping).
//
// Independent of the object model: values come in as C++ values (a GMP
// integer, a double, a code-point string), so int.__format__,
// float.__format__ and str.__format__ are thin wrappers over these.
//
// Invariants and conventions:
// - Results are std::u32string, one element per code point, like the str
//   type; fill characters may be any code point (lone surrogates included).
// - Nothing throws: a failure is returned as a FormatError naming the Python
//   exception type and CPython's message (UTF-8); the caller raises it.
// - The empty spec is handled here as CPython's exact types handle it
//   (decimal digits, repr(float), the string itself).  A subclass whose
//   __str__ differs (bool: format(True, '') == 'True') must special-case the
//   empty spec itself before calling in; type_name is only for messages.
// - 'n' formats in the C locale (no grouping, '.'): CPython never calls
//   setlocale(LC_NUMERIC) unless the program does.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace glasspy::rt {

enum class FormatErrorType { ValueError, OverflowError, MemoryError };

struct FormatError {
    FormatErrorType type;
    std::string message;  // CPython's text, UTF-8
};

// A value or the error that replaces it.
template <typename T> class [[nodiscard]] FormatResult {
public:
    FormatResult(T value) : v_(std::move(value)) {}
    FormatResult(FormatError error) : v_(std::move(error)) {}
    bool ok() const { return v_.index() == 0; }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const FormatError& error() const { return std::get<1>(v_); }

private:
    std::variant<T, FormatError> v_;
};

// Digit grouping requested by the spec (CPython: enum LocaleType).  ',' and
// '_' group by three; '_' with b/o/x/X groups by four (PEP 515); 'n' would
// use the current locale, which is the C locale: no grouping.
enum class Grouping : std::uint8_t { none, comma, underscore, underscore_four };

// A parsed spec (CPython: InternalFormatSpec).  width and precision are -1
// when absent; sign and type are 0 when absent (type then is the caller's
// default_type, which may itself be 0 as for float).
struct FormatSpec {
    char32_t fill_char = U' ';
    char32_t align = U'>';   // '<' '>' '^' '='
    bool alternate = false;  // '#'
    bool no_neg_0 = false;   // 'z' (PEP 682, new in 3.11)
    char32_t sign = 0;       // 0, '+', '-', ' '
    std::int64_t width = -1;
    Grouping thousands_separators = Grouping::none;
    std::int64_t precision = -1;
    char32_t type = 0;
};

// Parses a non-empty spec (CPython: parse_internal_render_format_spec).
// default_type is 'd' for int, 0 for float, 's' for str; the default
// alignment follows from it ('<' for str, '>' for numbers), and so does the
// type name used in messages unless one is given.
FormatResult<FormatSpec> parse_format_spec(std::u32string_view spec, char default_type,
                                           std::string_view type_name = {});

// int.__format__.  Types b c d o x X n, the float types e E f F g G %
// (after a correctly rounded conversion to float, OverflowError when the
// int is too large), and none (= 'd').  max_str_digits is
// sys.get_int_max_str_digits() (0: no limit): decimal output longer than
// that is a ValueError, as in CPython 3.11.
constexpr int DEFAULT_MAX_STR_DIGITS = 4300;  // CPython's _PY_LONG_DEFAULT_MAX_STR_DIGITS
FormatResult<std::u32string> format_int(mpz_srcptr value, std::u32string_view spec,
                                        std::string_view type_name = "int",
                                        int max_str_digits = DEFAULT_MAX_STR_DIGITS);
FormatResult<std::u32string> format_int(std::int64_t value, std::u32string_view spec,
                                        std::string_view type_name = "int",
                                        int max_str_digits = DEFAULT_MAX_STR_DIGITS);
// The int given as a sign and its decimal digits (non-empty, ASCII only).
FormatResult<std::u32string> format_int(bool negative, std::string_view decimal_digits,
                                        std::u32string_view spec,
                                        std::string_view type_name = "int",
                                        int max_str_digits = DEFAULT_MAX_STR_DIGITS);

// float.__format__.  Types e E f F g G n % and none: like repr() without a
// precision, like 'g' with one but always showing a digit after the point
// when no exponent is used (format(1.5, '.3') == '1.5', format(1e16, '>1')
// == '1e+16').
FormatResult<std::u32string> format_float(double value, std::u32string_view spec,
                                          std::string_view type_name = "float");

// str.__format__.  Type 's' and none: precision truncates, default
// alignment is left.
FormatResult<std::u32string> format_str(std::u32string_view value, std::u32string_view spec,
                                        std::string_view type_name = "str");

// Whether format_str with this spec gives back a value of `length`
// characters unchanged: a valid str spec that neither pads (width <=
// length) nor truncates (precision absent or >= length).  CPython's
// format_string_internal then writes the str object itself, and its caller
// can return it as it is (the fast path of that function).
bool str_spec_keeps_value(std::u32string_view spec, std::int64_t length);

// The same with an already parsed spec, for callers that parse once
// (CPython: format_long_internal, format_float_internal,
// format_string_internal).  spec.type must be one the function accepts.
FormatResult<std::u32string> format_long_internal(mpz_srcptr value, const FormatSpec& spec,
                                                  int max_str_digits = DEFAULT_MAX_STR_DIGITS);
FormatResult<std::u32string> format_float_internal(double value, const FormatSpec& spec);
FormatResult<std::u32string> format_string_internal(std::u32string_view value,
                                                    const FormatSpec& spec);

// float(int) as CPython's PyLong_AsDouble: rounded half to even; false when
// the result would overflow ("int too large to convert to float").
bool int_to_double(mpz_srcptr value, double& out);

}  // namespace glasspy::rt
