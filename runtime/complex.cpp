// The complex type: arithmetic, comparison for equality, hashing, repr
// (CPython: Objects/complexobject.c).
//
// The arithmetic is CPython's _Py_c_* functions, which report trouble
// through errno as the C library does: EDOM for a division by zero or 0 to
// a negative or complex power, ERANGE for overflow.  The slots turn errno
// into the exception CPython raises.
//
// Invariants: an int or float operand is converted to (value, 0.0) first,
// as CPython 3.11 does (so (1+2j) * 2.0 is a full complex product); an int
// too large for a float raises OverflowError.  Complex numbers are only
// ordered by == and !=; < and friends return NotImplemented, so the
// protocol raises TypeError.
#include "runtime/complex.hpp"

#include <cerrno>
#include <cmath>
#include <cstdint>

#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/repr.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

Object* complex_from_doubles(double real, double imag) {
    auto* op = static_cast<ComplexObject*>(alloc_object(&complex_type));
    if (!op) return no_memory();
    op->cval = {real, imag};
    return op;
}

bool is_complex(const Object* o) {
    return o->ob_type == &complex_type || is_subtype(o->ob_type, &complex_type);
}

// ---- the arithmetic (CPython's _Py_c_sum ... _Py_c_pow) ----------------------------------------

Complex c_sum(Complex a, Complex b) { return {a.real + b.real, a.imag + b.imag}; }
Complex c_diff(Complex a, Complex b) { return {a.real - b.real, a.imag - b.imag}; }
Complex c_prod(Complex a, Complex b) {
    return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

Complex c_quot(Complex a, Complex b) {
    // Smith's method: divide through by the larger component of b, which
    // avoids the overflow of computing |b|**2 directly.
    const double abs_breal = std::fabs(b.real), abs_bimag = std::fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            return {0.0, 0.0};
        }
        const double ratio = b.imag / b.real;
        const double denom = b.real + b.imag * ratio;
        return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abs_bimag >= abs_breal) {
        const double ratio = b.real / b.imag;
        const double denom = b.real * ratio + b.imag;
        return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    // At least one of b.real, b.imag is a NaN.
    return {NAN, NAN};
}

Complex c_pow(Complex a, Complex b) {
    if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        return {0.0, 0.0};
    }
    double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= std::exp(at * b.imag);
        phase += b.imag * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

namespace {

// Integer powers by repeated squaring: faster and more accurate than the
// polar form (CPython's c_powu / c_powi, used for |n| <= 100).
Complex c_powu(Complex x, long n) {
    Complex r{1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

Complex c_powi(Complex x, long n) {
    if (n > 0) return c_powu(x, n);
    return c_quot({1.0, 0.0}, c_powu(x, -n));
}

}  // namespace

double c_abs(Complex z) {
    // An infinite component makes the result infinite even beside a NaN
    // (C99 Annex F's hypot).
    if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
        errno = 0;
        if (std::isinf(z.real)) return std::fabs(z.real);
        if (std::isinf(z.imag)) return std::fabs(z.imag);
        return NAN;
    }
    double result = std::hypot(z.real, z.imag);
    errno = std::isfinite(result) ? 0 : ERANGE;
    return result;
}

// ---- slots ----------------------------------------------------------------------------------------

namespace {

Object* not_implemented() {
    incref(NotImplemented());
    return NotImplemented();
}

// CPython's TO_COMPLEX: 1 with the value, 0 for "not a number" (the slot
// returns NotImplemented), -1 with an exception set.
int as_complex(Object* o, Complex* out) {
    if (is_complex(o)) {
        *out = complex_value(o);
        return 1;
    }
    if (is_float(o)) {
        *out = {float_value(o), 0.0};
        return 1;
    }
    if (is_int(o)) {
        double d;
        if (!int_as_double(o, &d)) return -1;
        *out = {d, 0.0};
        return 1;
    }
    return 0;
}

#define GP_COMPLEX_OPERANDS(a, b, x, y)                \
    Complex x, y;                                      \
    if (int ca = as_complex(a, &x); ca <= 0)           \
        return ca < 0 ? nullptr : not_implemented();   \
    if (int cb = as_complex(b, &y); cb <= 0)           \
        return cb < 0 ? nullptr : not_implemented();

Object* from(Complex c) { return complex_from_doubles(c.real, c.imag); }

Object* complex_add(Object* a, Object* b) {
    GP_COMPLEX_OPERANDS(a, b, x, y)
    return from(c_sum(x, y));
}

Object* complex_sub(Object* a, Object* b) {
    GP_COMPLEX_OPERANDS(a, b, x, y)
    return from(c_diff(x, y));
}

Object* complex_mul(Object* a, Object* b) {
    GP_COMPLEX_OPERANDS(a, b, x, y)
    return from(c_prod(x, y));
}

Object* complex_div(Object* a, Object* b) {
    GP_COMPLEX_OPERANDS(a, b, x, y)
    errno = 0;
    Complex q = c_quot(x, y);
    if (errno == EDOM) {
        set_error(&exc::ZeroDivisionError, "complex division by zero");
        return nullptr;
    }
    return from(q);
}

Object* complex_pow_slot(Object* a, Object* b, Object* mod) {
    if (mod && mod != None()) {
        set_error(&exc::ValueError, "complex modulo");
        return nullptr;
    }
    GP_COMPLEX_OPERANDS(a, b, x, y)
    return complex_pow_values(x.real, x.imag, y.real, y.imag);
}

Object* complex_neg(Object* a) {
    Complex c = complex_value(a);
    return complex_from_doubles(-c.real, -c.imag);
}

Object* complex_pos(Object* a) {
    if (a->ob_type == &complex_type) {
        incref(a);
        return a;
    }
    return from(complex_value(a));
}

Object* complex_abs(Object* a) {
    double r = c_abs(complex_value(a));
    if (errno == ERANGE) {
        set_error(&exc::OverflowError, "absolute value too large");
        return nullptr;
    }
    return float_from_double(r);
}

int complex_bool(Object* a) {
    Complex c = complex_value(a);
    return c.real != 0.0 || c.imag != 0.0;
}

Object* complex_richcompare(Object* a, Object* b, int op) {
    if ((op != EQ && op != NE) || !is_complex(a)) return not_implemented();
    Complex x = complex_value(a);
    bool equal;
    if (is_int(b)) {
        // Compared exactly through float's comparison with ints.
        if (x.imag != 0.0) {
            equal = false;
        } else {
            Ref<> real = Ref<>::steal(float_from_double(x.real));
            if (!real) return nullptr;
            return float_richcompare(real.get(), b, op);
        }
    } else if (is_float(b)) {
        equal = x.real == float_value(b) && x.imag == 0.0;
    } else if (is_complex(b)) {
        Complex y = complex_value(b);
        equal = x.real == y.real && x.imag == y.imag;
    } else {
        return not_implemented();
    }
    return bool_from(equal == (op == EQ));
}

ssize_t complex_hash(Object* a) {
    // CPython's complex_hash: hash(real) + 1000003 * hash(imag), in
    // unsigned arithmetic, so hash(complex(x, 0)) == hash(x).
    Complex c = complex_value(a);
    auto hashreal = static_cast<std::uint64_t>(hash_double(a, c.real));
    auto hashimag = static_cast<std::uint64_t>(hash_double(a, c.imag));
    auto combined = static_cast<ssize_t>(hashreal + 1000003 * hashimag);
    return combined == -1 ? -2 : combined;
}

Object* complex_repr(Object* a) {
    Complex c = complex_value(a);
    return str_from_utf8(repr_complex(c.real, c.imag));
}

const MemberDef COMPLEX_MEMBERS[] = {
    {"real", MemberKind::Double, [](Object* o) -> void* { return &static_cast<ComplexObject*>(o)->cval.real; }, true,
     "the real part of a complex number"},
    {"imag", MemberKind::Double, [](Object* o) -> void* { return &static_cast<ComplexObject*>(o)->cval.imag; }, true,
     "the imaginary part of a complex number"},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

TypeObject make_complex_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "complex";
    t.tp_basicsize = sizeof(ComplexObject);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_doc = "Create a complex number from a real part and an optional imaginary part.";
    t.tp_dealloc = free_object;
    t.tp_repr = complex_repr;
    t.tp_hash = complex_hash;
    t.tp_richcompare = complex_richcompare;
    t.nb_add = complex_add;
    t.nb_subtract = complex_sub;
    t.nb_multiply = complex_mul;
    t.nb_true_divide = complex_div;
    t.nb_power = complex_pow_slot;
    t.nb_negative = complex_neg;
    t.nb_positive = complex_pos;
    t.nb_absolute = complex_abs;
    t.nb_bool = complex_bool;
    // The Python face of the type: its methods and constructor (number_methods.cpp).
    t.tp_methods = complex_method_table;
    t.tp_new = complex_tp_new;
    t.tp_members = COMPLEX_MEMBERS;
    return t;
}

}  // namespace

Object* complex_pow_values(double a_real, double a_imag, double b_real, double b_imag) {
    Complex a{a_real, a_imag}, b{b_real, b_imag}, p;
    errno = 0;
    // A small integral exponent: repeated squaring (CPython's complex_pow).
    if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0)
        p = c_powi(a, static_cast<long>(b.real));
    else
        p = c_pow(a, b);
    // _Py_ADJUST_ERANGE2: an infinite part is overflow; underflow is fine.
    if (std::isinf(p.real) || std::isinf(p.imag)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        set_error(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
        return nullptr;
    }
    if (errno == ERANGE) {
        set_error(&exc::OverflowError, "complex exponentiation");
        return nullptr;
    }
    return from(p);
}

TypeObject complex_type = make_complex_type();

static_assert(sizeof(ComplexObject) == 32, "CPython's complex is 32 bytes");

}  // namespace glasspy::rt
