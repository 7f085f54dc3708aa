// int arithmetic: + - * // % divmod / ** ~ - abs, and round
// (CPython: Objects/longobject.c, long_add ... long_invert).  Shifts and
// bitwise operators are in int_bitwise.cpp.
//
// Each operation first tries a machine-word fast path: when both operands
// have at most two digits (|value| < 2**60) the work is done on int64 or
// __int128, which cannot overflow there.  Otherwise the magnitudes go to
// the digit algorithms of int_digits.cpp (which hand long products and
// quotients on to GMP), and the sign rules are applied here: Python's
// rules (floor division, the modulo's sign) are what the tutorials teach,
// so they are spelled out in this file.  True division, modular pow, huge
// powers and round still convert to GMP's mpz once per operation.
//
// Invariants: every binary function returns NotImplemented (a new
// reference) unless both operands are ints; results are exact ints (never
// bool, never a subclass), normalised, small ones shared.  Sizes are checked
// before GMP is asked to build a result, because GMP aborts the process when
// memory runs out where CPython raises MemoryError.
#include <cstdint>
#include <cstring>

#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/int_internal.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

using i128 = __int128;

Object* int_from_i128(i128 value) {
    if (value >= INT64_MIN && value <= INT64_MAX) return int_from_i64(static_cast<std::int64_t>(value));
    unsigned __int128 m = value < 0 ? 0 - static_cast<unsigned __int128>(value) : value;
    ssize_t n = 0;
    for (unsigned __int128 t = m; t; t >>= INT_SHIFT) ++n;
    IntObject* v = int_alloc(n);
    if (!v) return nullptr;
    for (ssize_t i = 0; i < n; ++i, m >>= INT_SHIFT) v->ob_digit[i] = static_cast<digit>(m & INT_MASK);
    return int_normalize(v, value < 0);
}

// The operands as mpz, for the slow paths.
struct MpzPair {
    Mpz x, y;
    MpzPair(const Object* a, const Object* b) {
        int_to_mpz(a, x);
        int_to_mpz(b, y);
    }
};

Object* memory_error() { return no_memory(); }

// Python's floor division on machine words: the quotient rounds toward
// minus infinity, so the remainder takes the divisor's sign (7 // -2 == -4,
// -7 % 2 == 1).  C++ truncates toward zero; one step corrects it.
void floor_div_mod(std::int64_t x, std::int64_t y, std::int64_t* q, std::int64_t* r) {
    std::int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
        qq -= 1;
        rr += y;
    }
    *q = qq;
    *r = rr;
}

}  // namespace

// ---- + - * ----------------------------------------------------------------------------------------

namespace {

// Hands out a magnitude built by int_digits.cpp with its sign.
Object* finish(IntObject* v, bool negative) { return v ? int_normalize(v, negative) : nullptr; }

bool is_negative(const Object* o) { return int_size(o) < 0; }

// a + b for a of sign a_negative and b of sign b_negative: same signs add
// magnitudes, different ones subtract the smaller from the larger, which
// then gives its sign.
Object* signed_add(const Object* a, bool a_negative, const Object* b, bool b_negative) {
    if (a_negative == b_negative) return finish(x_add(magnitude(a), magnitude(b)), a_negative);
    bool swapped;
    IntObject* z = x_sub(magnitude(a), magnitude(b), &swapped);
    return finish(z, a_negative != swapped);
}

}  // namespace

Object* int_add(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t x, y;
    if (both_small(a, b, &x, &y)) return int_from_i64(x + y);
    return signed_add(a, is_negative(a), b, is_negative(b));
}

Object* int_sub(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t x, y;
    if (both_small(a, b, &x, &y)) return int_from_i64(x - y);
    return signed_add(a, is_negative(a), b, !is_negative(b));
}

Object* int_mul(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t x, y;
    if (both_small(a, b, &x, &y)) return int_from_i128(static_cast<i128>(x) * y);
    if (int_bit_length(a) + int_bit_length(b) > MAX_RESULT_BITS) return memory_error();
    return finish(x_mul(magnitude(a), magnitude(b)), is_negative(a) != is_negative(b));
}

// ---- division ---------------------------------------------------------------------------------------

namespace {

// Replaces *v (a built magnitude, owned) by f(*v); false if that failed.
template <typename F>
bool replace_magnitude(IntObject** v, F f) {
    IntObject* next = f(trimmed(*v));
    decref(*v);
    *v = next;
    return next != nullptr;
}

// Truncating division leaves q = trunc(a / b) and r with a's sign.
// Python's floor division rounds toward minus infinity instead, so that the
// remainder takes the divisor's sign: when the signs differ and something
// remains, |q| grows by one and r becomes |b| - r (-7 // 2 == -4, -7 % 2 == 1).
bool floor_adjust(Object* b, IntObject** q, IntObject** r) {
    if (trimmed(*r).n == 0) return true;
    if (q && !replace_magnitude(q, [](Magnitude m) { return x_add(m, magnitude_one()); })) return false;
    bool swapped;
    return replace_magnitude(r, [&](Magnitude m) { return x_sub(magnitude(b), m, &swapped); });
}

// Floor quotient and/or remainder when an operand is past the fast path:
// the magnitudes' truncating division (int_digits.cpp), then the signs.
bool divmod_digits(Object* a, Object* b, Object** q, Object** r) {
    bool signs_differ = is_negative(a) != is_negative(b);
    IntObject *qm = nullptr, *rm = nullptr;
    // The remainder is needed to adjust the quotient when the signs differ.
    bool want_r = r || signs_differ;
    if (!x_divrem(magnitude(a), magnitude(b), q ? &qm : nullptr, want_r ? &rm : nullptr)) return false;
    if (signs_differ && !floor_adjust(b, q ? &qm : nullptr, &rm)) {
        if (qm) decref(qm);
        if (rm) decref(rm);
        return false;
    }
    if (q) *q = int_normalize(qm, signs_differ);
    if (r)
        *r = int_normalize(rm, is_negative(b));
    else if (rm)
        decref(rm);
    return true;
}

// Floor quotient and/or remainder; null (with ZeroDivisionError) on a zero divisor.
bool divmod_values(Object* a, Object* b, const char* zero_message, Object** q, Object** r) {
    if (int_sign(b) == 0) {
        set_error(&exc::ZeroDivisionError, zero_message);
        return false;
    }
    std::int64_t x, y;
    if (both_small(a, b, &x, &y)) {
        std::int64_t qq, rr;
        floor_div_mod(x, y, &qq, &rr);
        if (q && !(*q = int_from_i64(qq))) return false;
        if (r && !(*r = int_from_i64(rr))) {
            if (q) clear(*q);
            return false;
        }
        return true;
    }
    return divmod_digits(a, b, q, r);
}

}  // namespace

Object* int_floor_div(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    Object* q = nullptr;
    if (!divmod_values(a, b, "integer division or modulo by zero", &q, nullptr)) return nullptr;
    return q;
}

Object* int_mod(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    Object* r = nullptr;
    if (!divmod_values(a, b, "integer modulo by zero", nullptr, &r)) return nullptr;
    return r;
}

Object* int_divmod(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    Object *q = nullptr, *r = nullptr;
    if (!divmod_values(a, b, "integer division or modulo by zero", &q, &r)) return nullptr;
    Ref<> qq = Ref<>::steal(q), rr = Ref<>::steal(r);
    return tuple_pack({qq.get(), rr.get()});
}

Object* int_true_divide(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    if (int_sign(b) == 0) {
        set_error(&exc::ZeroDivisionError, "division by zero");
        return nullptr;
    }
    // Both exactly representable as doubles: one IEEE division is correctly
    // rounded (CPython's long_true_divide fast path, DBL_MANT_DIG bits).
    std::int64_t x, y;
    constexpr std::int64_t EXACT = std::int64_t{1} << 53;
    if (both_small(a, b, &x, &y) && x > -EXACT && x < EXACT && y > -EXACT && y < EXACT)
        return float_from_double(static_cast<double>(x) / static_cast<double>(y));
    // Otherwise the exact quotient, rounded once.
    // The sign is applied last, so that 0 / -big is -0.0 as in CPython.
    MpzPair p(a, b);
    bool negative = (mpz_sgn(p.x) < 0) != (mpz_sgn(p.y) < 0);
    mpz_abs(p.x, p.x);
    mpz_abs(p.y, p.y);
    double result;
    if (!mpz_ratio_to_double(p.x, p.y, &result)) {
        set_error(&exc::OverflowError, "integer division result too large for a float");
        return nullptr;
    }
    return float_from_double(negative ? -result : result);
}

// ---- ** -----------------------------------------------------------------------------------------------

namespace {

// Results up to this many bits (80 digits) are computed with x_mul; beyond,
// GMP's mpz_pow_ui wins: it repacks once each way, where x_mul repacks at
// every squaring that is long enough to go to GMP anyway.
constexpr double POW_DIGITS_MAX_BITS = 2400;

// |a| ** e, e >= 1, by left-to-right binary exponentiation: square for
// each bit of the exponent below the top one, and multiply by a where the
// bit is set (CPython's long_pow does the same for short exponents).
IntObject* pow_digits(Magnitude a, std::uint64_t e) {
    IntObject* result = x_mul(a, magnitude_one());
    int top = 63 - __builtin_clzll(e);
    for (int bit = top - 1; result && bit >= 0; --bit) {
        IntObject* squared = x_mul(trimmed(result), trimmed(result));
        decref(result);
        result = squared;
        if (result && ((e >> bit) & 1)) {
            IntObject* product = x_mul(trimmed(result), a);
            decref(result);
            result = product;
        }
    }
    return result;
}

Object* int_pow_modular(Object* a, Object* b, Object* m) {
    if (int_sign(m) == 0) {
        set_error(&exc::ValueError, "pow() 3rd argument cannot be 0");
        return nullptr;
    }
    Mpz base, exp, mod, result;
    int_to_mpz(a, base);
    int_to_mpz(b, exp);
    int_to_mpz(m, mod);
    bool negative_mod = mpz_sgn(mod) < 0;
    mpz_abs(mod, mod);
    mpz_mod(base, base, mod);
    if (mpz_sgn(exp) < 0) {
        // Python 3.8+: a negative exponent means the modular inverse first.
        if (!mpz_invert(base, base, mod)) {
            // mpz_invert also fails for mod == 1, where every power is 0.
            if (mpz_cmp_ui(mod, 1) != 0) {
                set_error(&exc::ValueError, "base is not invertible for the given modulus");
                return nullptr;
            }
            mpz_set_ui(base, 0);
        }
        mpz_neg(exp, exp);
    }
    mpz_powm(result, base, exp, mod);
    // The result takes the modulus's sign, as % does.
    if (negative_mod && mpz_sgn(result) != 0) mpz_sub(result, result, mod);
    return int_from_mpz(result);
}

}  // namespace

Object* int_pow(Object* a, Object* b, Object* mod) {
    GP_INT_OPERANDS(a, b)
    if (mod && mod != None()) {
        if (!is_int(mod)) return int_not_implemented();
        return int_pow_modular(a, b, mod);
    }
    // A negative exponent makes a float (2 ** -1 == 0.5): float's ** decides.
    if (int_sign(b) < 0) return float_pow(a, b, None());
    std::int64_t x, n;
    if (both_small(a, b, &x, &n)) {
        // Square-and-multiply on machine words while nothing overflows.
        std::int64_t result = 1, base = x;
        bool overflow = false;
        for (std::int64_t e = n; e > 0 && !overflow; e >>= 1) {
            if (e & 1) overflow = __builtin_mul_overflow(result, base, &result);
            if (e > 1 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow) return int_from_i64(result);
    }
    // 0, 1 and -1 stay small however large the exponent.
    Magnitude m = magnitude(a);
    if (int_sign(b) == 0) return int_from_i64(1);
    if (m.n == 0) return int_from_i64(0);
    if (m.n == 1 && m.d[0] == 1) return int_from_i64((int_digits(b)[0] & 1) ? int_sign(a) : 1);
    std::int64_t e;
    if (!int_fits_i64(b, &e) ||
        static_cast<double>(int_bit_length(a)) * static_cast<double>(e) > static_cast<double>(MAX_RESULT_BITS))
        return memory_error();
    bool negative = is_negative(a) && (e & 1);
    if (static_cast<double>(int_bit_length(a)) * static_cast<double>(e) <= POW_DIGITS_MAX_BITS)
        return finish(pow_digits(m, static_cast<std::uint64_t>(e)), negative);
    Mpz base, result;
    int_to_mpz(a, base);
    mpz_pow_ui(result, base, static_cast<unsigned long>(e));
    return int_from_mpz(result);
}

// ---- round -------------------------------------------------------------------------------------------

Object* int_round(Object* a, Object* ndigits) {
    // CPython's int___round___impl: rounding to a non-negative number of
    // places leaves an int unchanged; to -n places rounds to a multiple of
    // 10**n, ties to even (round(25, -1) == 20, round(35, -1) == 40).
    if (!ndigits || ndigits == None() || int_sign(ndigits) >= 0) return int_exact(a);
    Mpz x, m, q, r;
    int_to_mpz(a, x);
    std::int64_t n;
    if (!int_fits_i64(ndigits, &n) || -n > static_cast<std::int64_t>(int_bit_length(a)) / 3 + 2)
        return int_from_i64(0);  // 10**-n is beyond |a| * 2: every value rounds to 0
    mpz_ui_pow_ui(m, 10, static_cast<unsigned long>(-n));
    mpz_fdiv_qr(q, r, x, m);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, m);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, m);
    return int_from_mpz(q);
}

// ---- unary --------------------------------------------------------------------------------------------

Object* int_neg(Object* a) {
    std::int64_t x;
    if (int_fits_i64(a, &x) && x != INT64_MIN) return int_from_i64(-x);
    Magnitude m = magnitude(a);
    IntObject* v = int_alloc(m.n);
    if (!v) return nullptr;
    std::memcpy(v->ob_digit, m.d, static_cast<std::size_t>(m.n) * sizeof(digit));
    return int_normalize(v, !is_negative(a));
}

Object* int_abs(Object* a) { return int_sign(a) < 0 ? int_neg(a) : int_exact(a); }

// ~x == -(x + 1): Python's ints behave as infinite two's complement, so
// ~5 == -6 and ~-6 == 5.
Object* int_invert(Object* a) {
    std::int64_t x;
    if (int_fits_i64(a, &x)) return int_from_i64(~x);
    if (!is_negative(a)) return finish(x_add(magnitude(a), magnitude_one()), true);
    bool swapped;
    return finish(x_sub(magnitude(a), magnitude_one(), &swapped), false);
}

}  // namespace glasspy::rt
