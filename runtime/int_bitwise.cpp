// int shifts and bitwise operators: << >> & | ^ (CPython: Objects/longobject.c
// long_lshift, long_rshift, long_bitwise).
//
// Python's ints behave as if stored in two's complement with infinitely
// many sign bits: -1 is ...1111, so -1 & 0xff == 0xff, and shifting right
// rounds toward minus infinity (-5 >> 1 == -3).  They are stored as sign and
// magnitude, so the bitwise operators convert negative operands to two's
// complement digit by digit while they work, and convert a negative result
// back.
//
// Invariants: as int_arith.cpp's — NotImplemented unless both operands are
// ints; exact, normalised results, small ones shared; sizes checked before
// a result is allocated.
#include <algorithm>
#include <cstdint>

#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/int_internal.hpp"

namespace glasspy::rt {

// ---- shifts --------------------------------------------------------------------------------------------

namespace {

// The shift count, or false with ValueError "negative shift count".  A count
// beyond int64 sets *huge instead.
bool shift_count(Object* b, std::int64_t* count, bool* huge) {
    if (int_sign(b) < 0) {
        set_error(&exc::ValueError, "negative shift count");
        return false;
    }
    *huge = !int_fits_i64(b, count);
    return true;
}

Object* finish(IntObject* v, bool negative) { return v ? int_normalize(v, negative) : nullptr; }

}  // namespace

Object* int_lshift(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t s;
    bool huge;
    if (!shift_count(b, &s, &huge)) return nullptr;
    if (int_sign(a) == 0) return int_from_i64(0);
    if (huge) {
        // CPython divides the count by 30 and needs the quotient as a
        // Py_ssize_t: past that it is "too many digits", before it MemoryError.
        if (int_bit_length(b) > 67) {
            set_error(&exc::OverflowError, "too many digits in integer");
            return nullptr;
        }
        return no_memory();
    }
    std::int64_t x;
    if (int_fits_i64(a, &x) && int_bit_length(a) + s < 63) return int_from_i64(x * (std::int64_t{1} << s));
    if (int_bit_length(a) + static_cast<std::uint64_t>(s) > MAX_RESULT_BITS) return no_memory();
    return finish(x_lshift(magnitude(a), static_cast<std::uint64_t>(s)), int_sign(a) < 0);
}

Object* int_rshift(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t s;
    bool huge;
    if (!shift_count(b, &s, &huge)) return nullptr;
    // Shifting right rounds toward minus infinity: -5 >> 1 == -3, and any
    // negative number shifted far enough is -1.
    if (huge || static_cast<std::uint64_t>(s) >= int_bit_length(a))
        return int_from_i64(int_sign(a) < 0 ? -1 : 0);
    std::int64_t x;
    if (int_fits_i64(a, &x)) return int_from_i64(x >> s);
    bool lost;
    IntObject* q = x_rshift(magnitude(a), static_cast<std::uint64_t>(s), &lost);
    if (q && int_sign(a) < 0 && lost) {
        // -(m >> s) would round toward zero; one more makes it the floor.
        IntObject* rounded = x_add(trimmed(q), magnitude_one());
        decref(q);
        q = rounded;
    }
    return finish(q, int_sign(a) < 0);
}

// ---- & | ^ ---------------------------------------------------------------------------------------------

namespace {

// The digits of an int in two's complement, one at a time from the least
// significant, sign-extended forever.  For a negative number that is
// ~(m - 1), computed as ~m + 1 with the +1 carried along.
class TwosComplementDigits {
public:
    explicit TwosComplementDigits(const Object* o) : m_(magnitude(o)), negative_(int_sign(o) < 0) {}
    digit next(ssize_t i) {
        digit d = i < m_.n ? m_.d[i] : 0;
        if (!negative_) return d;
        carry_ += ~d & INT_MASK;
        digit out = carry_ & INT_MASK;
        carry_ >>= INT_SHIFT;
        return out;
    }
    digit sign_digits() const { return negative_ ? INT_MASK : 0; }

private:
    Magnitude m_;
    bool negative_;
    digit carry_ = 1;
};

digit apply(char op, digit x, digit y) { return op == '&' ? x & y : op == '|' ? x | y : x ^ y; }

// z's n digits are a two's complement value with all-ones above them; in
// place, their magnitude (2**(30n) - z), which may need digit n too.
void negate_twos_complement(IntObject* z, ssize_t n) {
    digit carry = 1;
    for (ssize_t i = 0; i < n; ++i) {
        carry += ~z->ob_digit[i] & INT_MASK;
        z->ob_digit[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    z->ob_digit[n] = carry;
}

Object* long_bitwise(Object* a, char op, Object* b) {
    TwosComplementDigits x(a), y(b);
    ssize_t n = std::max(magnitude(a).n, magnitude(b).n);
    // Above a non-negative operand's digits, & sees only zeros.
    if (op == '&' && !x.sign_digits()) n = std::min(n, magnitude(a).n);
    if (op == '&' && !y.sign_digits()) n = std::min(n, magnitude(b).n);
    IntObject* z = int_alloc(n + 1);
    if (!z) return nullptr;
    for (ssize_t i = 0; i < n; ++i) z->ob_digit[i] = apply(op, x.next(i), y.next(i));
    z->ob_digit[n] = 0;
    bool negative = apply(op, x.sign_digits(), y.sign_digits()) != 0;
    if (negative) negate_twos_complement(z, n);
    return int_normalize(z, negative);
}

}  // namespace

Object* int_and(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t x, y;
    if (both_small(a, b, &x, &y)) return int_from_i64(x & y);
    return long_bitwise(a, '&', b);
}

Object* int_or(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t x, y;
    if (both_small(a, b, &x, &y)) return int_from_i64(x | y);
    return long_bitwise(a, '|', b);
}

Object* int_xor(Object* a, Object* b) {
    GP_INT_OPERANDS(a, b)
    std::int64_t x, y;
    if (both_small(a, b, &x, &y)) return int_from_i64(x ^ y);
    return long_bitwise(a, '^', b);
}

}  // namespace glasspy::rt
