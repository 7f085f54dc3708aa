// The float type: the free list, arithmetic with Python's semantics,
// comparison with ints (exact), hashing, round() and parsing
// (CPython: Objects/floatobject.c).
//
// The free list.  Floats are made and dropped constantly (every `x * 2.0`
// makes one), so a freed exact float is not given back to malloc but pushed
// on a list of at most 100 (CPython 3.11's PyFloat_MAXFREELIST), linked
// through its ob_type field as CPython does; the next float_from_double pops
// the most recently freed one.  That is why, in the tutorials,
//     >>> a = 1.5; i = id(a); del a; b = 2.5; id(b) == i
//     True
// A float on the list holds no reference to float_type; taking it off the
// list takes one again, so sys.getrefcount(float) stays truthful.
//
// Invariants:
// - Only exact floats go on the free list (a subclass instance may be
//   bigger and carry a __dict__).
// - Binary slots accept float or int on either side (an int operand is
//   converted, correctly rounded, and may raise OverflowError) and return
//   NotImplemented for anything else.
#include "runtime/float.hpp"

#include <unicode/uchar.h>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/complex.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/int_internal.hpp"
#include "runtime/none.hpp"
#include "runtime/repr.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

// ---- the free list (CPython: struct _Py_float_state) -------------------------------------------

int float_free_list_size() { return interp().float_state.numfree; }

void float_clear_free_list() {
    FloatState& state = interp().float_state;
    while (FloatObject* op = state.free_list) {
        state.free_list = reinterpret_cast<FloatObject*>(op->ob_type);
        --state.numfree;
        op->ob_type = &float_type;
        incref(&float_type);  // free_object drops the reference a live float holds
        free_object(op);
    }
}

Object* float_from_double_slow(double value) {
    if (interp().float_state.free_list) return float_from_double(value);
    auto* op = static_cast<FloatObject*>(alloc_object(&float_type));
    if (!op) return no_memory();
    op->ob_fval = value;
    return op;
}

void float_free(Object* op) { free_object(op); }

bool is_float(const Object* o) {
    return o->ob_type == &float_type || is_subtype(o->ob_type, &float_type);
}

bool float_as_double(Object* o, double* out) {
    if (is_float(o)) {
        *out = float_value(o);
        return true;
    }
    if (is_int(o)) return int_as_double(o, out);
    if (o->ob_type->nb_float || o->ob_type->nb_index) {
        Object* arg = o;
        Ref<> f = Ref<>::steal(call(&float_type, &arg, 1));
        if (!f) return false;
        *out = float_value(f.get());
        return true;
    }
    set_error_fmt(&exc::TypeError, "must be real number, not {}", type_name(o));
    return false;
}

namespace {

void float_dealloc(Object* self) {
    FloatState& state = interp().float_state;
    if (self->ob_type != &float_type || state.numfree >= FloatState::MAXFREELIST) {
        free_object(self);
        return;
    }
    // Onto the free list: the memory stays allocated, reachable from the
    // list head; the reference to the type is dropped as free_object would.
    auto* op = static_cast<FloatObject*>(self);
    if (tracing::wants(tracing::FREE)) tracing::free_list_kept(op, state.numfree + 1);
    decref(&float_type);
    op->ob_type = reinterpret_cast<TypeObject*>(state.free_list);
    state.free_list = op;
    ++state.numfree;
}

// CPython's CONVERT_TO_DOUBLE: 1 with the value, 0 for "not a number type"
// (the slot returns NotImplemented), -1 with an exception set.
int as_double(Object* o, double* out) {
    if (is_float(o)) {
        *out = float_value(o);
        return 1;
    }
    if (is_int(o)) return int_as_double(o, out) ? 1 : -1;
    return 0;
}

Object* not_implemented() {
    incref(NotImplemented());
    return NotImplemented();
}

// The shared prologue of the binary slots.
#define GP_FLOAT_OPERANDS(a, b, x, y)                      \
    double x, y;                                           \
    if (int ca = as_double(a, &x); ca <= 0)                \
        return ca < 0 ? nullptr : not_implemented();       \
    if (int cb = as_double(b, &y); cb <= 0)                \
        return cb < 0 ? nullptr : not_implemented();

}  // namespace

// ---- arithmetic ---------------------------------------------------------------------------------

Object* float_add(Object* a, Object* b) {
    GP_FLOAT_OPERANDS(a, b, x, y)
    return float_from_double(x + y);
}

Object* float_sub(Object* a, Object* b) {
    GP_FLOAT_OPERANDS(a, b, x, y)
    return float_from_double(x - y);
}

Object* float_mul(Object* a, Object* b) {
    GP_FLOAT_OPERANDS(a, b, x, y)
    return float_from_double(x * y);
}

Object* float_true_divide(Object* a, Object* b) {
    GP_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) {
        set_error(&exc::ZeroDivisionError, "float division by zero");
        return nullptr;
    }
    return float_from_double(x / y);
}

void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
    // CPython's _float_div_mod.  fmod is exact; the remainder takes the
    // divisor's sign (Python's rule), and the quotient is (vx - mod) / wx
    // snapped to the integer it must be.
    double m = std::fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = std::copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = std::floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = std::copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

Object* float_floor_divide(Object* a, Object* b) {
    GP_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) {
        set_error(&exc::ZeroDivisionError, "float floor division by zero");
        return nullptr;
    }
    double d, m;
    float_div_mod(x, y, &d, &m);
    return float_from_double(d);
}

Object* float_remainder(Object* a, Object* b) {
    GP_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) {
        set_error(&exc::ZeroDivisionError, "float modulo");
        return nullptr;
    }
    // CPython's float_rem: fmod, then the divisor's sign.
    double m = std::fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = std::copysign(0.0, y);
    }
    return float_from_double(m);
}

Object* float_divmod(Object* a, Object* b) {
    GP_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) {
        set_error(&exc::ZeroDivisionError, "float divmod()");
        return nullptr;
    }
    double d, m;
    float_div_mod(x, y, &d, &m);
    Ref<> q = Ref<>::steal(float_from_double(d));
    Ref<> r = Ref<>::steal(float_from_double(m));
    if (!q || !r) return nullptr;
    return tuple_pack({q.get(), r.get()});
}

namespace {

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

}  // namespace

Object* float_pow(Object* a, Object* b, Object* mod) {
    if (mod && mod != None()) {
        set_error(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return nullptr;
    }
    GP_FLOAT_OPERANDS(a, b, iv, iw)
    // CPython's float_pow, case by case: C's pow() is made to follow C99
    // Annex F, and the cases it leaves to the platform are decided here.
    if (iw == 0) return float_from_double(1.0);
    if (std::isnan(iv)) return float_from_double(iv);
    if (std::isnan(iw)) return float_from_double(iv == 1.0 ? 1.0 : iw);
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return float_from_double(1.0);
        return float_from_double((iw > 0.0) == (iv > 1.0) ? std::fabs(iw) : 0.0);
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return float_from_double(odd ? iv : std::fabs(iv));
        return float_from_double(odd ? std::copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            set_error(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return nullptr;
        }
        return float_from_double(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        // A negative number to a fractional power is complex in Python 3.
        if (iw != std::floor(iw)) return complex_pow_values(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return float_from_double(negate ? -1.0 : 1.0);
    errno = 0;
    double ix = std::pow(iv, iw);
    // _Py_ADJUST_ERANGE1: overflow to inf is an error, underflow to 0 is not.
    if (errno == 0 && std::isinf(ix))
        errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0)
        errno = 0;
    if (negate) ix = -ix;
    if (errno) {
        // PyErr_SetFromErrno(OverflowError): str() shows the errno pair.
        if (errno == ERANGE)
            set_error(&exc::OverflowError, "(34, 'Numerical result out of range')");
        else
            set_error(&exc::ValueError, "(33, 'Numerical argument out of domain')");
        return nullptr;
    }
    return float_from_double(ix);
}

namespace {

Object* float_pow_slot(Object* a, Object* b, Object* mod) { return float_pow(a, b, mod); }

Object* float_neg(Object* a) { return float_from_double(-float_value(a)); }
Object* float_abs(Object* a) { return float_from_double(std::fabs(float_value(a))); }
int float_bool(Object* a) { return float_value(a) != 0.0; }

// float.__float__ and +x: the same object when it is an exact float.
Object* float_float(Object* a) {
    if (a->ob_type == &float_type) {
        incref(a);
        return a;
    }
    return float_from_double(float_value(a));
}

Object* float_int(Object* a) { return int_from_double(std::trunc(float_value(a))); }

Object* float_repr(Object* a) { return str_from_utf8(repr_float(float_value(a))); }

ssize_t float_hash(Object* a) { return hash_double(a, float_value(a)); }

}  // namespace

// ---- comparison and hashing ------------------------------------------------------------------

namespace {

bool compare_result(int c, int op) {
    switch (op) {
        case LT: return c < 0;
        case LE: return c <= 0;
        case EQ: return c == 0;
        case NE: return c != 0;
        case GT: return c > 0;
        default: return c >= 0;
    }
}

}  // namespace

Object* float_richcompare(Object* a, Object* b, int op) {
    if (!is_float(a)) return not_implemented();
    double x = float_value(a);
    if (is_float(b)) {
        double y = float_value(b);
        bool r = false;
        switch (op) {
            case LT: r = x < y; break;
            case LE: r = x <= y; break;
            case EQ: r = x == y; break;
            case NE: r = x != y; break;
            case GT: r = x > y; break;
            case GE: r = x >= y; break;
        }
        return bool_from(r);
    }
    if (!is_int(b)) return not_implemented();
    // float against int, exactly (CPython's float_richcompare): converting a
    // big int to double would round, making 2**53 + 1 == 2.0**53 true.
    if (std::isnan(x)) return bool_from(op == NE);
    std::int64_t small;
    if (int_fits_i64(b, &small) && small > -(std::int64_t{1} << 53) && small < (std::int64_t{1} << 53))
        return float_richcompare(a, Ref<>::steal(float_from_double(static_cast<double>(small))).get(), op);
    if (std::isinf(x)) return bool_from(compare_result(x > 0 ? 1 : -1, op));
    Mpz z;
    int_to_mpz(b, z);
    int c = -mpz_cmp_d(z, x);  // GMP compares an mpz and a double exactly
    return bool_from(compare_result(c, op));
}

ssize_t hash_double(Object* inst, double v) {
    // CPython's _Py_HashDouble: the hash of the rational number v, modulo
    // 2**61-1, so that hash(2.0) == hash(2) and hash(0.5) == hash(Fraction(1, 2)).
    // The mantissa is fed in 28 bits at a time and the exponent applied as a
    // rotation.  A NaN hashes by identity (3.10+), so distinct NaNs do not
    // all collide in a dict.
    constexpr std::uint64_t MODULUS = (std::uint64_t{1} << 61) - 1;
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? 314159 : -314159;
        return object_hash(inst);
    }
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    std::uint64_t x = 0;
    while (m) {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= MODULUS) x -= MODULUS;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & MODULUS) | x >> (61 - e);
    auto h = static_cast<ssize_t>(x) * sign;
    return h == -1 ? -2 : h;
}

// ---- methods ------------------------------------------------------------------------------------

bool float_is_integer(double v) { return std::isfinite(v) && std::floor(v) == v; }

bool float_as_integer_ratio(double v, Object** numerator, Object** denominator) {
    if (std::isinf(v)) {
        set_error(&exc::OverflowError, "cannot convert Infinity to integer ratio");
        return false;
    }
    if (std::isnan(v)) {
        set_error(&exc::ValueError, "cannot convert NaN to integer ratio");
        return false;
    }
    // v = m * 2**e with m an integer of at most 53 bits; then the powers of
    // two common to m and 2**-e cancel, leaving the ratio in lowest terms.
    int e;
    double frac = std::frexp(v, &e);
    Mpz num, den;
    mpz_set_d(num, std::ldexp(frac, 53));
    e -= 53;
    mpz_set_ui(den, 1);
    if (mpz_sgn(num) != 0) {
        auto twos = static_cast<long>(mpz_scan1(num, 0));
        if (e < 0) {
            long cancel = std::min<long>(twos, -e);
            mpz_tdiv_q_2exp(num, num, cancel);
            mpz_mul_2exp(den, den, -e - cancel);
        } else {
            mpz_mul_2exp(num, num, e);
        }
    }
    *numerator = int_from_mpz(num);
    if (!*numerator) return false;
    *denominator = int_from_mpz(den);
    if (!*denominator) {
        clear(*numerator);
        return false;
    }
    return true;
}

namespace {

// The rational p/q rounded to an integer, ties to even.
void round_half_even(mpz_ptr out, mpz_srcptr p, mpz_srcptr q) {
    Mpz r, twice;
    mpz_fdiv_qr(out, r, p, q);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, q);
    if (c > 0 || (c == 0 && mpz_odd_p(out))) mpz_add_ui(out, out, 1);
}

}  // namespace

Object* float_round(double x, Object* ndigits_obj) {
    if (!ndigits_obj || ndigits_obj == None()) {
        // round(x) -> int, ties to even (CPython's float___round___impl).
        double rounded = std::round(x);
        if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
        return int_from_double(rounded);
    }
    ssize_t ndigits;
    if (!int_as_ssize(ndigits_obj, &ndigits)) {
        if (!error_matches(&exc::OverflowError)) return nullptr;
        // Out of ssize_t range: as far out as it gets.
        clear_error();
        ndigits = int_sign(ndigits_obj) > 0 ? PTRDIFF_MAX : PTRDIFF_MIN;
    }
    // NDIGITS_MAX and NDIGITS_MIN of CPython's float___round___impl: past
    // them every finite double is unchanged, or rounds to a signed zero.
    constexpr ssize_t NDIGITS_MAX = static_cast<ssize_t>((53 - (-1021)) * 0.30103);
    constexpr ssize_t NDIGITS_MIN = -static_cast<ssize_t>((1024 + 1) * 0.30103);
    if (!std::isfinite(x) || x == 0.0 || ndigits > NDIGITS_MAX) return float_from_double(x);
    if (ndigits < NDIGITS_MIN) return float_from_double(0.0 * x);
    // Exactly: x is m * 2**e; scale by 10**ndigits, round to an integer with
    // ties to even, scale back, and round that once to the nearest double.
    // (CPython gets the same result through a correctly rounded decimal
    // string: _Py_dg_dtoa mode 3, then _Py_dg_strtod.)
    int e;
    double frac = std::frexp(std::fabs(x), &e);
    Mpz num, den, pow10, k;
    mpz_set_d(num, std::ldexp(frac, 53));
    e -= 53;
    mpz_set_ui(den, 1);
    if (e >= 0)
        mpz_mul_2exp(num, num, e);
    else
        mpz_mul_2exp(den, den, -e);
    mpz_ui_pow_ui(pow10, 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
    if (ndigits >= 0)
        mpz_mul(num, num, pow10);
    else
        mpz_mul(den, den, pow10);
    round_half_even(k, num, den);
    double result;
    bool ok;
    if (ndigits >= 0) {
        ok = mpz_ratio_to_double(k, pow10, &result);
    } else {
        mpz_mul(k, k, pow10);
        Mpz one;
        mpz_set_ui(one, 1);
        ok = mpz_ratio_to_double(k, one, &result);
    }
    if (!ok) {
        set_error(&exc::OverflowError, "rounded value too large to represent");
        return nullptr;
    }
    return float_from_double(std::copysign(result, x));
}

// ---- parsing --------------------------------------------------------------------------------------

namespace {

// str.isspace() (CPython: Py_UNICODE_ISSPACE): bidirectional class WS, B or
// S, or category Zs.
bool is_space(char32_t c) {
    if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    auto dir = u_charDirection(static_cast<UChar32>(c));
    return dir == U_WHITE_SPACE_NEUTRAL || dir == U_BLOCK_SEPARATOR || dir == U_SEGMENT_SEPARATOR ||
           u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR;
}

// The text made ASCII as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
// does (Unicode decimal digits to '0'..'9', anything else non-ASCII to '?'),
// then checked against float's grammar:
//     [sign] (digitpart ["." [digitpart]] | "." digitpart) [("e"|"E") [sign] digitpart]
//     [sign] ("inf" | "infinity" | "nan"), any case
// where digitpart is digits with single '_' between them.  The underscores
// are dropped from the result; false if the text does not match.
bool float_literal(std::u32string_view text, std::string* out) {
    std::string s;
    for (char32_t c : text) {
        if (c < 128)
            s.push_back(static_cast<char>(c));
        else if (u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER)
            s.push_back(static_cast<char>('0' + u_charDigitValue(static_cast<UChar32>(c))));
        else
            s.push_back('?');
    }
    std::size_t i = 0, n = s.size();
    auto digitpart = [&]() {
        std::size_t start = i;
        while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) {
            out->push_back(s[i++]);
            if (i + 1 < n && s[i] == '_' && std::isdigit(static_cast<unsigned char>(s[i + 1]))) ++i;
        }
        return i > start;
    };
    if (i < n && (s[i] == '+' || s[i] == '-')) out->push_back(s[i++]);
    std::string rest = s.substr(i);
    for (char& c : rest) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (rest == "inf" || rest == "infinity" || rest == "nan") {
        *out += rest;
        return true;
    }
    bool whole = digitpart();
    bool fraction = false;
    if (i < n && s[i] == '.') {
        out->push_back(s[i++]);
        fraction = digitpart();
    }
    if (!whole && !fraction) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        out->push_back(s[i++]);
        if (i < n && (s[i] == '+' || s[i] == '-')) out->push_back(s[i++]);
        if (!digitpart()) return false;
    }
    return i == n;
}

}  // namespace

Object* float_from_string(std::u32string_view text) {
    std::size_t start = 0, end = text.size();
    while (start < end && is_space(text[start])) ++start;
    while (end > start && is_space(text[end - 1])) --end;
    std::string literal;
    if (!float_literal(text.substr(start, end - start), &literal)) {
        set_error_fmt(&exc::ValueError, "could not convert string to float: {}", repr_str(text));
        return nullptr;
    }
    // glibc's strtod rounds correctly, as CPython's _Py_dg_strtod; the
    // grammar was checked above, so its extensions (hex, "nan(...)") never
    // reach it.  Overflow gives +-inf and underflow 0, as in Python.
    return float_from_double(std::strtod(literal.c_str(), nullptr));
}

// ---- the type -----------------------------------------------------------------------------------

namespace {

TypeObject make_float_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "float";
    t.tp_basicsize = sizeof(FloatObject);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_doc = "float(x=0, /)\n--\n\nConvert a string or number to a floating point number, if possible.";
    t.tp_dealloc = float_dealloc;
    t.tp_repr = float_repr;
    t.tp_hash = float_hash;
    t.tp_richcompare = float_richcompare;
    t.nb_add = float_add;
    t.nb_subtract = float_sub;
    t.nb_multiply = float_mul;
    t.nb_remainder = float_remainder;
    t.nb_divmod = float_divmod;
    t.nb_power = float_pow_slot;
    t.nb_negative = float_neg;
    t.nb_positive = float_float;
    t.nb_absolute = float_abs;
    t.nb_bool = float_bool;
    t.nb_int = float_int;
    t.nb_float = float_float;
    t.nb_floor_divide = float_floor_divide;
    t.nb_true_divide = float_true_divide;
    // The Python face of the type: its methods and constructor (number_methods.cpp).
    t.tp_methods = float_method_table;
    t.tp_getset = float_getset_table;
    t.tp_new = float_tp_new;
    return t;
}

}  // namespace

TypeObject float_type = make_float_type();

static_assert(sizeof(FloatObject) == 24, "CPython's float is 24 bytes");

}  // namespace glasspy::rt
