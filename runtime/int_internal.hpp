// What the int files share and nobody else needs: building ints digit by
// digit, and the bridge to GMP (CPython: Include/internal/pycore_long.h, and
// the digit-level helpers at the top of Objects/longobject.c).
//
// Most arithmetic works on the digits themselves (int_digits.cpp).  Where
// GMP's mpz functions are used (true division, modular pow, text, bytes),
// the bridge is lossless: mpz_import/mpz_export read and write our 30-bit
// digits directly, declaring 32-bit words with 2 "nail" bits that are zero,
// so no conversion through text or another radix happens — but it is a
// pass over every digit each way, which is why + - * // % and the bitwise
// operators avoid it.
//
// Invariants: int_alloc returns an object whose digits are uninitialised and
// whose ob_size is the digit count asked for; int_normalize must run before
// the object is handed out (it drops leading zero digits and swaps in the
// shared small int when the value is in -5..256).
#pragma once

#include <gmp.h>

#include "runtime/int.hpp"
#include "runtime/none.hpp"

namespace glasspy::rt {

// A new reference to NotImplemented: what a binary operator returns when
// an operand is no int, so that the other operand's type gets its turn.
inline Object* int_not_implemented() {
    incref(NotImplemented());
    return NotImplemented();
}
#define GP_INT_OPERANDS(a, b) \
    if (!is_int(a) || !is_int(b)) return int_not_implemented();

// An mpz_t that clears itself (scoped ownership of GMP's limbs).
class Mpz {
public:
    Mpz() { mpz_init(z_); }
    ~Mpz() { mpz_clear(z_); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    mpz_ptr get() { return z_; }
    mpz_srcptr get() const { return z_; }
    operator mpz_ptr() { return z_; }
    operator mpz_srcptr() const { return z_; }
    // GMP's macros (mpz_sgn, mpz_odd_p) dereference their argument.
    mpz_ptr operator->() { return z_; }
    mpz_srcptr operator->() const { return z_; }

private:
    mpz_t z_;
};

// A fresh exact int with room for ndigits digits (ob_size = ndigits);
// null with MemoryError, or OverflowError "too many digits in integer".
IntObject* int_alloc(ssize_t ndigits);
// Finishes a built int: strips leading zero digits, applies the sign and
// returns the shared small int instead when the value has one (the fresh
// object is then freed).  Takes over the reference to v.
Object* int_normalize(IntObject* v, bool negative);

void int_to_mpz(const Object* v, mpz_ptr out);
Object* int_from_mpz(mpz_srcptr z);

// ---- magnitudes (int_digits.cpp) ------------------------------------------------------------
// The digit algorithms work on absolute values; the sign rules live with
// the operators in int_arith.cpp.  Results are fresh, non-negative and
// unnormalised (see int_digits.cpp); null with MemoryError.

// |o|: its digits, least significant first, and how many (0 for zero).
struct Magnitude {
    const digit* d;
    ssize_t n;
};
inline Magnitude magnitude(const Object* o) {
    ssize_t s = int_size(o);
    return {int_digits(o), s < 0 ? -s : s};
}

// A built (unnormalised) magnitude without its leading zero digits.
inline Magnitude trimmed(const IntObject* v) {
    Magnitude m = magnitude(v);
    while (m.n > 0 && m.d[m.n - 1] == 0) --m.n;
    return m;
}
// 1, for the +1 and -1 steps of floor division, shifts and ~.
inline Magnitude magnitude_one() {
    static constexpr digit one = 1;
    return {&one, 1};
}

int x_compare(Magnitude a, Magnitude b);  // <0, 0, >0
IntObject* x_add(Magnitude a, Magnitude b);
// |a - b|; *swapped tells whether b was the larger.
IntObject* x_sub(Magnitude a, Magnitude b, bool* swapped);
IntObject* x_mul(Magnitude a, Magnitude b);
// a << shift; a >> shift, *lost telling whether a non-zero bit fell off.
IntObject* x_lshift(Magnitude a, std::uint64_t shift);
IntObject* x_rshift(Magnitude a, std::uint64_t shift, bool* lost);
// a = q * n + *rem for one digit n > 0.
IntObject* divrem1(Magnitude a, digit n, digit* rem);
digit rem1(Magnitude a, digit n);  // a % n, no quotient built
// a = q * b + r with 0 <= r < b, b > 0; q or r may be null when not wanted.
bool x_divrem(Magnitude a, Magnitude b, IntObject** q, IntObject** r);

// a / b correctly rounded to a double (round-half-even, subnormals
// included), for b > 0.  False if the result overflows the double range.
bool mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double* out);

// The most digits an int may have (CPython's MAX_LONG_DIGITS), and the most
// bits a result may have before we refuse to try (GMP aborts the process
// when it runs out of memory, so sizes are checked before the work starts).
inline constexpr ssize_t MAX_INT_DIGITS = (static_cast<ssize_t>(1) << 40) / sizeof(digit);
inline constexpr std::uint64_t MAX_RESULT_BITS = static_cast<std::uint64_t>(1) << 36;

// Both operands' values when each fits in a machine word of at most two
// digits (60 bits): the fast paths' test.
inline bool both_small(const Object* a, const Object* b, std::int64_t* x, std::int64_t* y) {
    ssize_t sa = int_size(a), sb = int_size(b);
    if (sa < -2 || sa > 2 || sb < -2 || sb > 2) return false;
    auto value = [](const Object* o, ssize_t s) {
        const digit* d = int_digits(o);
        std::int64_t m = s == 0 ? 0 : s == 1 || s == -1 ? d[0] : d[0] | (std::int64_t{d[1]} << INT_SHIFT);
        return s < 0 ? -m : m;
    };
    *x = value(a, sa);
    *y = value(b, sb);
    return true;
}

}  // namespace glasspy::rt
