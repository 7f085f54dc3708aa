// The methods and constructors of int, bool, float and complex as Python
// sees them: their tp_methods tables and tp_new (CPython: the method tables,
// long_new_impl, bool_new, float_new_impl and complex_new_impl in
// Objects/longobject.c, boolobject.c, floatobject.c and complexobject.c,
// with the argument handling of their clinic/*.c.h; float.hex and
// float.fromhex; complex's string parser complex_from_string_inner).
//
// Wrappers check and convert arguments, then call the C++ API of int.hpp,
// float.hpp and complex.hpp.  self is an instance of the table's type (the
// method descriptor checked it), so bool reaches int's methods with True or
// False as self.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/complex.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/str_methods.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

namespace {

// x.__format__(spec) for the number types: spec must be a str.
Object* format_method(const char* qualname, Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname, nargs, kwnames)) return nullptr;
    if (!is_str(args[0])) {
        arg_bad_argument("__format__", "argument", "str", args[0]);
        return nullptr;
    }
    return format(self, args[0]);
}

// The value of an int, a float or anything with __float__ as a double
// (CPython: PyFloat_AsDouble after PyNumber_Float).
bool number_as_double(Object* o, double* out) {
    if (is_float(o)) {
        *out = float_value(o);
        return true;
    }
    if (is_int(o)) return int_as_double(o, out);
    Object* f = o->ob_type->nb_float ? o->ob_type->nb_float(o) : nullptr;
    if (!f) return false;
    *out = float_value(f);
    decref(f);
    return true;
}

// The text of a str argument as code points; for bytes and bytearray their
// bytes, each one code point (what int() and float() parse them as).
std::u32string text_of(Object* o) {
    if (is_str(o)) return str_to_u32(o);
    std::string_view v;
    (void)bytes_like_view(o, &v);
    std::u32string out;
    for (unsigned char c : v) out += static_cast<char32_t>(c);
    return out;
}

// A parse of bytes failed: CPython's message shows the bytes' repr
// ("invalid literal for int() with base 10: b'x'"), not a str's.
void reword_for_bytes(Object* source, const std::string& prefix) {
    if (!error_matches(&exc::ValueError)) return;
    Object* r = repr(source);
    if (!r) return;
    clear_error();
    set_error(&exc::ValueError, prefix + str_to_utf8(r));
    decref(r);
}

// ==== int and bool ===========================================================================

Object* int_bit_length_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("int.bit_length", nargs, kwnames)) return nullptr;
    return int_from_u64(int_bit_length(self));
}

Object* int_bit_count_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("int.bit_count", nargs, kwnames)) return nullptr;
    std::uint64_t count = 0;
    ssize_t n = int_size(self) < 0 ? -int_size(self) : int_size(self);
    for (ssize_t i = 0; i < n; ++i) count += static_cast<std::uint64_t>(__builtin_popcount(int_digits(self)[i]));
    return int_from_u64(count);
}

Object* int_conjugate_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("int.conjugate", nargs, kwnames)) return nullptr;
    return int_exact(self);
}

Object* int_as_integer_ratio_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("int.as_integer_ratio", nargs, kwnames)) return nullptr;
    Object* n = int_exact(self);
    if (!n) return nullptr;
    Object* one = int_from_ssize(1);
    Object* r = tuple_pack({n, one});
    decref(n);
    decref(one);
    return r;
}

Object* int_format_meth(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return format_method("int.__format__", self, args, nargs, kwnames);
}

// byteorder "little" or "big" (ValueError otherwise).
bool parse_byteorder(Object* o, const char* fname, bool* little) {
    if (!arg_str(o, fname, "argument 'byteorder'")) return false;
    if (str_equals_ascii(o, "little") || str_equals_ascii(o, "big")) {
        *little = str_equals_ascii(o, "little");
        return true;
    }
    set_error(&exc::ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Object* int_to_bytes_meth(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"length", "byteorder", "signed"};
    static constexpr ArgParser parser{"to_bytes", kw, 0, 2, 0};
    Object* argv[3];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    ssize_t length = 1;
    bool little = false;
    int is_signed = 0;
    if (argv[0] && !arg_ssize(argv[0], &length)) return nullptr;
    if (argv[1] && !parse_byteorder(argv[1], "to_bytes", &little)) return nullptr;
    if (argv[2] && (is_signed = is_true(argv[2])) < 0) return nullptr;
    if (length < 0) {
        set_error(&exc::ValueError, "length argument must be non-negative");
        return nullptr;
    }
    std::string out;
    if (!int_to_bytes(self, length, little, is_signed != 0, &out)) return nullptr;
    return bytes_from(out);
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a class method:
// for a subclass the int is passed to the class (bool.from_bytes(b'\0',
// 'big') is False).
Object* int_from_bytes_meth(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"bytes", "byteorder", "signed"};
    static constexpr ArgParser parser{"from_bytes", kw, 1, 2, 0};
    Object* argv[3];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    bool little = false;
    int is_signed = 0;
    if (argv[1] && !parse_byteorder(argv[1], "from_bytes", &little)) return nullptr;
    if (argv[2] && (is_signed = is_true(argv[2])) < 0) return nullptr;
    // CPython: PyObject_Bytes(bytes), which takes bytes-like objects and
    // iterables of ints but, unlike bytes(), no str and no count.
    Object* data;
    if (is_str(argv[0]) || is_int(argv[0])) {
        set_error_fmt(&exc::TypeError, "cannot convert '{}' object to bytes", type_name(argv[0]));
        return nullptr;
    }
    Object* one[] = {argv[0]};
    data = call(&bytes_type, one, 1);
    if (!data) return nullptr;
    Object* r = int_from_bytes(bytes_view(data), little, is_signed != 0);
    decref(data);
    if (!r || self == &int_type) return r;
    Ref<> value = Ref<>::steal(r);
    Object* arg = value.get();
    return call(self, &arg, 1);
}

// ==== float ==================================================================================

Object* float_is_integer_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("float.is_integer", nargs, kwnames)) return nullptr;
    return bool_from(float_is_integer(float_value(self)));
}

Object* float_as_integer_ratio_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("float.as_integer_ratio", nargs, kwnames)) return nullptr;
    Object *n, *d;
    if (!float_as_integer_ratio(float_value(self), &n, &d)) return nullptr;
    Object* r = tuple_pack({n, d});
    decref(n);
    decref(d);
    return r;
}

Object* float_conjugate_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("float.conjugate", nargs, kwnames)) return nullptr;
    return float_from_double(float_value(self));
}

Object* float_format_meth(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return format_method("float.__format__", self, args, nargs, kwnames);
}

// float.hex(): '-0x1.999999999999ap-4', always 13 hexadecimal digits after
// the point, subnormals as '0x0.<digits>p-1022' (CPython: float_hex).
Object* float_hex_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("float.hex", nargs, kwnames)) return nullptr;
    double x = float_value(self);
    if (std::isnan(x) || std::isinf(x)) return repr(self);
    if (x == 0.0) return str_from_utf8(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = std::frexp(std::fabs(x), &e);
    // Shift so that the leading digit is 1 (0 for subnormals).
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    static constexpr char HEX[] = "0123456789abcdef";
    std::string digits;
    digits += HEX[static_cast<int>(m)];
    m -= static_cast<int>(m);
    digits += '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        digits += HEX[static_cast<int>(m)];
        m -= static_cast<int>(m);
    }
    return str_from_utf8(fmt::format("{}0x{}p{}{}", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+', std::abs(e)));
}

// float.fromhex(string): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign]
// decimal], or inf/infinity/nan, with surrounding whitespace (CPython:
// float_fromhex).  The text is checked here and converted by strtod, which
// rounds hexadecimal input correctly.
Object* float_fromhex(Object* const* args);

// float.fromhex(string), a class method: a subclass gets the float passed to it.
Object* float_fromhex_meth(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("float.fromhex", nargs, kwnames)) return nullptr;
    Object* r = float_fromhex(args);
    if (!r || self == &float_type) return r;
    Ref<> value = Ref<>::steal(r);
    Object* arg = value.get();
    return call(self, &arg, 1);
}

Object* float_fromhex(Object* const* args) {
    if (!is_str(args[0])) {
        set_error(&exc::TypeError, "bad argument type for built-in operation");
        return nullptr;
    }
    std::u32string text = str_to_u32(args[0]);
    auto invalid = [] {
        set_error(&exc::ValueError, "invalid hexadecimal floating-point string");
        return nullptr;
    };
    std::size_t i = 0, n = text.size();
    while (i < n && unicode_class::is_space(text[i])) ++i;
    while (n > i && unicode_class::is_space(text[n - 1])) --n;
    std::string s;
    for (std::size_t k = i; k < n; ++k) {
        if (text[k] >= 0x80) return invalid();
        s += static_cast<char>(std::tolower(static_cast<int>(text[k])));
    }
    std::size_t p = 0;
    bool negative = false;
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) negative = s[p++] == '-';
    std::string rest = s.substr(p);
    if (rest == "inf" || rest == "infinity") return float_from_double(negative ? -HUGE_VAL : HUGE_VAL);
    if (rest == "nan") return float_from_double(negative ? -NAN : NAN);
    if (rest.rfind("0x", 0) == 0) rest = rest.substr(2);
    std::size_t q = 0, ndigits = 0;
    while (q < rest.size() && std::isxdigit(static_cast<unsigned char>(rest[q]))) ++q, ++ndigits;
    if (q < rest.size() && rest[q] == '.') {
        ++q;
        while (q < rest.size() && std::isxdigit(static_cast<unsigned char>(rest[q]))) ++q, ++ndigits;
    }
    if (ndigits == 0) return invalid();
    std::string mantissa = rest.substr(0, q), exponent = "0";
    if (q < rest.size() && rest[q] == 'p') {
        std::size_t e = q + 1;
        if (e < rest.size() && (rest[e] == '+' || rest[e] == '-')) ++e;
        if (e == rest.size()) return invalid();
        for (std::size_t k = e; k < rest.size(); ++k)
            if (!std::isdigit(static_cast<unsigned char>(rest[k]))) return invalid();
        exponent = rest.substr(q + 1);
        q = rest.size();
    }
    if (q != rest.size()) return invalid();
    std::string literal = "0x" + mantissa + "p" + exponent;
    errno = 0;
    double v = std::strtod(literal.c_str(), nullptr);
    if (std::isinf(v)) {
        set_error(&exc::OverflowError, "hexadecimal value too large to represent as a float");
        return nullptr;
    }
    return float_from_double(negative ? -v : v);
}

// ==== complex ================================================================================

Object* complex_conjugate_meth(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("complex.conjugate", nargs, kwnames)) return nullptr;
    Complex c = complex_value(self);
    return complex_from_doubles(c.real, -c.imag);
}

// complex.__format__: only the empty spec until format() learns complex.
Object* complex_format_meth(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return format_method("complex.__format__", self, args, nargs, kwnames);
}

}  // namespace

// ==== the tables =============================================================================

const BuiltinDef int_method_table[] = {
    {"bit_length", int_bit_length_meth,
     "bit_length($self, /)\n--\n\n"
     "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_meth,
     "bit_count($self, /)\n--\n\n"
     "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", int_conjugate_meth,
     "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_as_integer_ratio_meth,
     "as_integer_ratio($self, /)\n--\n\n"
     "Return integer ratio."},
    {"to_bytes", int_to_bytes_meth,
     "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\n"
     "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes_meth,
     "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\n"
     "Return the integer represented by the given array of bytes.", true},
    {"__format__", int_format_meth,
     "__format__($self, format_spec, /)\n--\n\n"
     "Convert to a string according to format_spec."},
    {nullptr, nullptr, nullptr},
};

// int's and float's number-tower attributes (CPython: int_getset,
// float_getset): int.real is an exact int, so True.real is 1.
const GetSetDef int_getset_table[] = {
    {"real", int_exact, nullptr, "the real part of a complex number"},
    {"imag", [](Object*) { return int_from_ssize(0); }, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_exact, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", [](Object*) { return int_from_ssize(1); }, nullptr,
     "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef float_getset_table[] = {
    {"real", [](Object* self) { return float_from_double(float_value(self)); }, nullptr,
     "the real part of a complex number"},
    {"imag", [](Object*) { return float_from_double(0.0); }, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr},
};

const BuiltinDef float_method_table[] = {
    {"is_integer", float_is_integer_meth,
     "is_integer($self, /)\n--\n\n"
     "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio_meth,
     "as_integer_ratio($self, /)\n--\n\n"
     "Return integer ratio."},
    {"conjugate", float_conjugate_meth,
     "conjugate($self, /)\n--\n\n"
     "Return self, the complex conjugate of any float."},
    {"hex", float_hex_meth,
     "hex($self, /)\n--\n\n"
     "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex_meth,
     "fromhex($type, string, /)\n--\n\n"
     "Create a floating-point number from a hexadecimal string.", true},
    {"__format__", float_format_meth,
     "__format__($self, format_spec, /)\n--\n\n"
     "Formats the float according to format_spec."},
    {nullptr, nullptr, nullptr},
};

const BuiltinDef complex_method_table[] = {
    {"conjugate", complex_conjugate_meth,
     "conjugate($self, /)\n--\n\n"
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__format__", complex_format_meth,
     "__format__($self, format_spec, /)\n--\n\n"
     "Convert to a string according to format_spec."},
    {nullptr, nullptr, nullptr},
};

// ==== the constructors ========================================================================

namespace {

// The keyword check of a constructor that takes none (tp_new gets a dict).
bool no_kwargs_dict(const char* name, Object* kwargs) {
    if (!kwargs || dict_size(kwargs) == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no keyword arguments", name);
    return false;
}

// int(x) (CPython: PyNumber_Long).
Object* int_from_object(Object* x) {
    if (is_int(x)) return int_exact(x);
    if (is_float(x)) return int_from_double(float_value(x));
    std::string_view ignored;
    if (is_str(x) || bytes_like_view(x, &ignored)) {
        Object* r = int_from_string(text_of(x), 10);
        if (!r && !is_str(x)) reword_for_bytes(x, "invalid literal for int() with base 10: ");
        return r;
    }
    if (unaryfunc f = x->ob_type->nb_int) return f(x);
    set_error_fmt(&exc::TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x));
    return nullptr;
}

}  // namespace

// int(x=0) and int(x, base=10) (CPython: long_new_impl).
Object* int_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    // A subclass gets a copy of the value made for int itself.
    if (type != &int_type) return subtype_copy(type, int_tp_new(&int_type, args, kwargs));
    static constexpr const char* kw[] = {"", "base"};
    static constexpr ArgParser parser{"int", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    Object *x = argv[0], *obase = argv[1];
    if (!x) {
        if (obase) {
            set_error(&exc::TypeError, "int() missing string argument");
            return nullptr;
        }
        return int_from_ssize(0);
    }
    if (!obase) return int_from_object(x);
    // The base is clamped, not an overflow: int('5', 2**100) is a bad base.
    ssize_t base;
    if (!is_int(obase) && !obase->ob_type->nb_index) {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(obase));
        return nullptr;
    }
    if (!arg_slice_index(obase, &base)) return nullptr;
    if ((base != 0 && base < 2) || base > 36) {
        set_error(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
        return nullptr;
    }
    std::string_view ignored;
    if (!is_str(x) && !bytes_like_view(x, &ignored)) {
        set_error(&exc::TypeError, "int() can't convert non-string with explicit base");
        return nullptr;
    }
    Object* r = int_from_string(text_of(x), static_cast<int>(base));
    if (!r && !is_str(x)) reword_for_bytes(x, fmt::format("invalid literal for int() with base {}: ", base));
    return r;
}

// bool(x=False) (CPython: bool_new): the truth value of x.
Object* bool_tp_new(TypeObject* /*type*/, Object* args, Object* kwargs) {
    if (!no_kwargs_dict("bool", kwargs)) return nullptr;
    if (!check_positional("bool", tuple_size(args), 0, 1)) return nullptr;
    if (tuple_size(args) == 0) return bool_from(false);
    int truth = is_true(tuple_item(args, 0));
    return truth < 0 ? nullptr : bool_from(truth);
}

// float(x=0.0) (CPython: float_new_impl, PyNumber_Float).
Object* float_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    // A subclass gets a copy of the value made for float itself.
    if (type != &float_type) return subtype_copy(type, float_tp_new(&float_type, args, kwargs));
    if (!no_kwargs_dict("float", kwargs)) return nullptr;
    if (!check_positional("float", tuple_size(args), 0, 1)) return nullptr;
    if (tuple_size(args) == 0) return float_from_double(0.0);
    Object* x = tuple_item(args, 0);
    if (is_float(x)) return float_from_double(float_value(x));
    std::string_view ignored;
    if (is_str(x) || bytes_like_view(x, &ignored)) {
        Object* r = float_from_string(text_of(x));
        if (!r && !is_str(x)) reword_for_bytes(x, "could not convert string to float: ");
        return r;
    }
    if (!is_int(x) && !x->ob_type->nb_float) {
        set_error_fmt(&exc::TypeError, "float() argument must be a string or a real number, not '{}'", type_name(x));
        return nullptr;
    }
    double v;
    if (!number_as_double(x, &v)) return nullptr;
    return float_from_double(v);
}

namespace {

// The longest prefix of s at pos that is a float literal as float() reads
// it (digits, point, exponent, or inf/infinity/nan; with a sign): its
// value, and where it ends; end == pos when there is none (CPython:
// PyOS_string_to_double with an end pointer).
double scan_double(const std::string& s, std::size_t pos, std::size_t* end) {
    std::size_t p = pos;
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
    auto word = [&](const char* w) {
        std::size_t k = 0;
        while (w[k] && p + k < s.size() && std::tolower(static_cast<unsigned char>(s[p + k])) == w[k]) ++k;
        return w[k] == '\0' ? k : 0;
    };
    std::size_t stop = 0;
    if (std::size_t k = word("infinity"); k) stop = p + k;
    else if (std::size_t k2 = word("inf"); k2) stop = p + k2;
    else if (std::size_t k3 = word("nan"); k3) stop = p + k3;
    else {
        std::size_t q = p, digits = 0;
        while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q, ++digits;
        if (q < s.size() && s[q] == '.') {
            ++q;
            while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q, ++digits;
        }
        if (!digits) {
            *end = pos;
            return 0.0;
        }
        if (q < s.size() && (s[q] == 'e' || s[q] == 'E')) {
            std::size_t e = q + 1;
            if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
            if (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) {
                while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
                q = e;
            }
        }
        stop = q;
    }
    *end = stop;
    return std::strtod(s.substr(pos, stop - pos).c_str(), nullptr);
}

// complex(string) (CPython: complex_subtype_from_string,
// _Py_string_to_number_with_underscores and complex_from_string_inner).
Object* complex_from_text(Object* text) {
    auto malformed = [] {
        set_error(&exc::ValueError, "complex() arg is a malformed string");
        return nullptr;
    };
    // Unicode digits and spaces become ASCII; anything else non-ASCII is
    // an error (CPython: _PyUnicode_TransformDecimalAndSpaceToASCII).
    std::string raw;
    for (char32_t c : str_to_u32(text)) {
        if (c < 0x80) raw += static_cast<char>(c);
        else if (unicode_class::is_space(c)) raw += ' ';
        else if (unicode_class::is_decimal(c)) {
            Object* d = int_from_string(std::u32string(1, c), 10);
            if (!d) return nullptr;
            ssize_t v = 0;
            (void)int_as_ssize(d, &v);
            decref(d);
            raw += static_cast<char>('0' + v);
        } else return malformed();
    }
    // Underscores only between digits, then dropped; misplaced ones get
    // the message of CPython's _Py_string_to_number_with_underscores.
    auto bad_underscore = [text] {
        Object* r = repr(text);
        if (r) {
            set_error(&exc::ValueError, "could not convert string to complex: " + str_to_utf8(r));
            decref(r);
        }
        return nullptr;
    };
    std::string s;
    char prev = '\0';
    for (char c : raw) {
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) return bad_underscore();
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9')) return bad_underscore();
            s += c;
        }
        prev = c;
    }
    if (prev == '_') return bad_underscore();
    auto space = [&](std::size_t p) {
        while (p < s.size() && std::isspace(static_cast<unsigned char>(s[p]))) ++p;
        return p;
    };
    std::size_t p = space(0), end;
    bool bracket = false;
    if (p < s.size() && s[p] == '(') {
        bracket = true;
        p = space(p + 1);
    }
    double x = 0.0, y = 0.0;
    auto is_j = [&](std::size_t q) { return q < s.size() && (s[q] == 'j' || s[q] == 'J'); };
    double z = scan_double(s, p, &end);
    if (end != p) {
        p = end;
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
            x = z;  // <float><signed-float>j or <float><sign>j
            y = scan_double(s, p, &end);
            if (end != p) p = end;
            else y = s[p++] == '+' ? 1.0 : -1.0;
            if (!is_j(p)) return malformed();
            ++p;
        } else if (is_j(p)) {
            ++p;
            y = z;
        } else {
            x = z;
        }
    } else {
        // <sign>j or j
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) y = s[p++] == '+' ? 1.0 : -1.0;
        else y = 1.0;
        if (!is_j(p)) return malformed();
        ++p;
    }
    p = space(p);
    if (bracket) {
        if (p >= s.size() || s[p] != ')') return malformed();
        p = space(p + 1);
    }
    if (p != s.size()) return malformed();
    return complex_from_doubles(x, y);
}

}  // namespace

// complex(real=0, imag=0) and complex(string) (CPython: complex_new_impl).
Object* complex_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    // A subclass gets a copy of the value made for complex itself.
    if (type != &complex_type) return subtype_copy(type, complex_tp_new(&complex_type, args, kwargs));
    static constexpr const char* kw[] = {"real", "imag"};
    static constexpr ArgParser parser{"complex", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return nullptr;
    Object *r = argv[0], *i = argv[1];
    if (r && is_str(r)) {
        if (i) {
            set_error(&exc::TypeError, "complex() can't take second arg if first is a string");
            return nullptr;
        }
        return complex_from_text(r);
    }
    if (i && is_str(i)) {
        set_error(&exc::TypeError, "complex() second arg can't be a string");
        return nullptr;
    }
    auto is_number = [](Object* o) { return is_complex(o) || is_float(o) || is_int(o) || o->ob_type->nb_float; };
    if (r && !is_number(r)) {
        set_error_fmt(&exc::TypeError, "complex() first argument must be a string or a number, not '{}'",
                      type_name(r));
        return nullptr;
    }
    if (i && !is_number(i)) {
        set_error_fmt(&exc::TypeError, "complex() second argument must be a number, not '{}'", type_name(i));
        return nullptr;
    }
    if (r && !i && r->ob_type == &complex_type) {
        incref(r);
        return r;
    }
    Complex cr{0.0, 0.0}, ci{0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    if (r) {
        if (is_complex(r)) {
            cr = complex_value(r);
            cr_is_complex = true;
        } else if (!number_as_double(r, &cr.real)) {
            return nullptr;
        }
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (is_complex(i)) {
        ci = complex_value(i);
        ci_is_complex = true;
    } else if (!number_as_double(i, &ci.real)) {
        return nullptr;
    }
    // (a+bj) + (c+dj)*1j = (a-d) + (b+c)j
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i) ci.real += cr.imag;
    return complex_from_doubles(cr.real, ci.real);
}

}  // namespace glasspy::rt
