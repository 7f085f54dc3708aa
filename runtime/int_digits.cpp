// Arithmetic on magnitudes: the digit arrays of ints, signs left to the
// caller (CPython: Objects/longobject.c x_add, x_sub, x_mul, divrem1,
// inplace_rem1, x_divrem, v_lshift, v_rshift).
//
// Why glasspy does this itself instead of handing every operation to GMP:
// GMP works on 64-bit limbs, so each call would first repack both operands
// and then the result, three passes over all the digits.  For the
// operations that are linear anyway (adding, multiplying or dividing by one
// digit, `n % 10`) the repacking costs more than the work.  These loops
// read and write our 30-bit digits directly, as CPython's do.  GMP is still
// used where its better algorithms win by far more than the repacking
// costs: products and quotients of two long numbers (the cut-offs below).
//
// Why 30-bit digits in 32-bit words: the product of two digits plus two
// more digits fits in 64 bits with room to spare, so a carry never needs
// more than one machine word (CPython's twodigits).
//
// Invariants: inputs are magnitudes of any length (zero is n == 0); the
// results are fresh IntObjects with a non-negative ob_size that may still
// have leading zero digits — int_normalize (which also applies the sign)
// must run before one is handed out.  Nothing here keeps state.
#include <gmp.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "runtime/int_internal.hpp"

namespace glasspy::rt {

namespace {

using twodigits = std::uint64_t;  // CPython's twodigits: a digit product plus carries
using stwodigits = std::int64_t;  // ... and the signed kind, for borrows

constexpr twodigits INT_BASE = twodigits{1} << INT_SHIFT;

// Tuning cut-offs, in digits, measured on glasspy's own benchmarks
// (bench/compare -k bigint and the sweep in tests/py/types_numbers'
// timings): below them the digit loops win, above them GMP's
// sub-quadratic algorithms repay the repacking.  CPython's own Karatsuba
// cut-off (KARATSUBA_CUTOFF) is 70 digits; GMP's basecase on 64-bit limbs
// already beats schoolbook on 30-bit digits well before that.
constexpr ssize_t MUL_GMP_CUTOFF = 40;
constexpr ssize_t DIV_GMP_CUTOFF = 60;

IntObject* alloc_zeroed(ssize_t ndigits) {
    IntObject* v = int_alloc(ndigits);
    if (v && ndigits > 0) std::memset(v->ob_digit, 0, static_cast<std::size_t>(ndigits) * sizeof(digit));
    return v;
}

IntObject* copy_magnitude(Magnitude a) {
    IntObject* v = int_alloc(a.n);
    if (v && a.n > 0) std::memcpy(v->ob_digit, a.d, static_cast<std::size_t>(a.n) * sizeof(digit));
    return v;
}

// ---- the GMP bridge for long operands ----------------------------------------------------------
// 30-bit digits to 64-bit limbs and back with a 128-bit bit buffer: no mpz
// objects, no nails, and mpn_* then work on the limbs in place.

using Limbs = std::unique_ptr<mp_limb_t[]>;

ssize_t limb_count(ssize_t ndigits) { return (ndigits * INT_SHIFT + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS; }

Limbs to_limbs(Magnitude a, ssize_t* nlimbs) {
    *nlimbs = limb_count(a.n);
    Limbs out(new mp_limb_t[static_cast<std::size_t>(*nlimbs)]);
    unsigned __int128 buffer = 0;
    int bits = 0;
    ssize_t k = 0;
    for (ssize_t i = 0; i < a.n; ++i) {
        buffer |= static_cast<unsigned __int128>(a.d[i]) << bits;
        bits += INT_SHIFT;
        if (bits >= GMP_NUMB_BITS) {
            out[k++] = static_cast<mp_limb_t>(buffer);
            buffer >>= GMP_NUMB_BITS;
            bits -= GMP_NUMB_BITS;
        }
    }
    if (bits > 0) out[k++] = static_cast<mp_limb_t>(buffer);
    return out;
}

// The limbs as a fresh magnitude.
IntObject* from_limbs(const mp_limb_t* limbs, ssize_t nlimbs) {
    ssize_t ndigits = (nlimbs * GMP_NUMB_BITS + INT_SHIFT - 1) / INT_SHIFT;
    IntObject* v = int_alloc(ndigits);
    if (!v) return nullptr;
    unsigned __int128 buffer = 0;
    int bits = 0;
    ssize_t k = 0;
    for (ssize_t i = 0; i < nlimbs; ++i) {
        buffer |= static_cast<unsigned __int128>(limbs[i]) << bits;
        bits += GMP_NUMB_BITS;
        for (; bits >= INT_SHIFT; bits -= INT_SHIFT, buffer >>= INT_SHIFT)
            v->ob_digit[k++] = static_cast<digit>(buffer) & INT_MASK;
    }
    if (bits > 0) v->ob_digit[k++] = static_cast<digit>(buffer);
    for (; k < ndigits; ++k) v->ob_digit[k] = 0;
    return v;
}

IntObject* gmp_mul(Magnitude a, Magnitude b) {
    if (a.n < b.n) std::swap(a, b);  // mpn_mul wants the longer operand first
    ssize_t na, nb;
    Limbs x = to_limbs(a, &na), y = to_limbs(b, &nb);
    Limbs z(new mp_limb_t[static_cast<std::size_t>(na + nb)]);
    mpn_mul(z.get(), x.get(), na, y.get(), nb);
    return from_limbs(z.get(), na + nb);
}

bool gmp_divrem(Magnitude a, Magnitude b, IntObject** q, IntObject** r) {
    ssize_t na, nb;
    Limbs x = to_limbs(a, &na), y = to_limbs(b, &nb);
    while (y[nb - 1] == 0) --nb;  // mpn_tdiv_qr needs a non-zero top limb
    Limbs quotient(new mp_limb_t[static_cast<std::size_t>(na - nb + 1)]);
    Limbs remainder(new mp_limb_t[static_cast<std::size_t>(nb)]);
    mpn_tdiv_qr(quotient.get(), remainder.get(), 0, x.get(), na, y.get(), nb);
    if (q && !(*q = from_limbs(quotient.get(), na - nb + 1))) return false;
    if (r && !(*r = from_limbs(remainder.get(), nb))) {
        if (q) decref(*q);
        return false;
    }
    return true;
}

// ---- multiplication ----------------------------------------------------------------------------

// z[0 .. a.n + b.n) = a * b, z zeroed beforehand.  Row by row, as on
// paper: each carry is below 2**34, so carry + z digit + digit * digit
// stays below 2**61.
void schoolbook_mul(Magnitude a, Magnitude b, digit* z) {
    for (ssize_t i = 0; i < a.n; ++i) {
        twodigits f = a.d[i], carry = 0;
        digit* zi = z + i;
        for (ssize_t j = 0; j < b.n; ++j) {
            carry += zi[j] + f * b.d[j];
            zi[j] = static_cast<digit>(carry) & INT_MASK;
            carry >>= INT_SHIFT;
        }
        zi[b.n] = static_cast<digit>(carry);
    }
}

}  // namespace

// ---- comparison, addition, subtraction ------------------------------------------------------

int x_compare(Magnitude a, Magnitude b) {
    if (a.n != b.n) return a.n < b.n ? -1 : 1;
    for (ssize_t i = a.n; i-- > 0;)
        if (a.d[i] != b.d[i]) return a.d[i] < b.d[i] ? -1 : 1;
    return 0;
}

IntObject* x_add(Magnitude a, Magnitude b) {
    if (a.n < b.n) std::swap(a, b);
    IntObject* z = int_alloc(a.n + 1);
    if (!z) return nullptr;
    digit carry = 0;
    ssize_t i = 0;
    for (; i < b.n; ++i) {
        carry += a.d[i] + b.d[i];
        z->ob_digit[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    for (; i < a.n; ++i) {
        carry += a.d[i];
        z->ob_digit[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    z->ob_digit[i] = carry;
    return z;
}

IntObject* x_sub(Magnitude a, Magnitude b, bool* swapped) {
    *swapped = x_compare(a, b) < 0;
    if (*swapped) std::swap(a, b);
    // Equal top digits cancel: the result is only as long as the first difference.
    ssize_t n = a.n;
    if (a.n == b.n)
        while (n > 0 && a.d[n - 1] == b.d[n - 1]) --n;
    IntObject* z = int_alloc(n);
    if (!z) return nullptr;
    digit borrow = 0;
    ssize_t i = 0;
    for (; i < std::min(n, b.n); ++i) {
        borrow = a.d[i] - b.d[i] - borrow;  // wraps around: the top bit is the borrow
        z->ob_digit[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    for (; i < n; ++i) {
        borrow = a.d[i] - borrow;
        z->ob_digit[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    return z;
}

IntObject* x_mul(Magnitude a, Magnitude b) {
    if (a.n == 0 || b.n == 0) return int_alloc(0);
    if (a.n >= MUL_GMP_CUTOFF && b.n >= MUL_GMP_CUTOFF) return gmp_mul(a, b);
    if (a.n > b.n) std::swap(a, b);  // the long inner loop runs over the longer operand
    IntObject* z = alloc_zeroed(a.n + b.n);
    if (z) schoolbook_mul(a, b, z->ob_digit);
    return z;
}

// ---- shifts ----------------------------------------------------------------------------------------

namespace {

// out[0 .. n) = a << shift, returning the bits shifted out of the top (shift < 30).
digit v_lshift(digit* out, const digit* a, ssize_t n, int shift) {
    digit carry = 0;
    for (ssize_t i = 0; i < n; ++i) {
        twodigits acc = (static_cast<twodigits>(a[i]) << shift) | carry;
        out[i] = static_cast<digit>(acc) & INT_MASK;
        carry = static_cast<digit>(acc >> INT_SHIFT);
    }
    return carry;
}

// out[0 .. n) = a >> shift (shift < 30), in place allowed.
void v_rshift(digit* out, const digit* a, ssize_t n, int shift) {
    digit carry = 0;
    const digit mask = (digit{1} << shift) - 1;
    for (ssize_t i = n; i-- > 0;) {
        twodigits acc = (static_cast<twodigits>(carry) << INT_SHIFT) | a[i];
        carry = a[i] & mask;
        out[i] = static_cast<digit>(acc >> shift) & INT_MASK;
    }
}

}  // namespace

IntObject* x_lshift(Magnitude a, std::uint64_t shift) {
    auto words = static_cast<ssize_t>(shift / INT_SHIFT);
    int bits = static_cast<int>(shift % INT_SHIFT);
    IntObject* z = int_alloc(a.n + words + 1);
    if (!z) return nullptr;
    std::memset(z->ob_digit, 0, static_cast<std::size_t>(words) * sizeof(digit));
    z->ob_digit[words + a.n] = v_lshift(z->ob_digit + words, a.d, a.n, bits);
    return z;
}

IntObject* x_rshift(Magnitude a, std::uint64_t shift, bool* lost) {
    std::uint64_t words = shift / INT_SHIFT;
    int bits = static_cast<int>(shift % INT_SHIFT);
    ssize_t kept = words < static_cast<std::uint64_t>(a.n) ? a.n - static_cast<ssize_t>(words) : 0;
    ssize_t dropped = a.n - kept;
    *lost = false;
    for (ssize_t i = 0; i < dropped && !*lost; ++i) *lost = a.d[i] != 0;
    if (kept > 0 && (a.d[dropped] & ((digit{1} << bits) - 1))) *lost = true;
    IntObject* z = int_alloc(kept);
    if (z) v_rshift(z->ob_digit, a.d + dropped, kept, bits);
    return z;
}

// ---- division by one digit ---------------------------------------------------------------------
// A hardware division per digit is the slow part of `n // 10` and
// `n % 10**9`.  Dividing by a digit n that stays the same is a
// multiplication by 2**64 / n instead (computed once); the estimate it gives
// is never too large and at most one too small, so one compare fixes it.

namespace {

struct DigitDivisor {
    explicit DigitDivisor(digit n) : n(n), inverse(~twodigits{0} / n) {}
    // rem < 2**60: (rem / n, rem % n).
    twodigits divide(twodigits rem, twodigits* remainder) const {
        twodigits q = static_cast<twodigits>((static_cast<unsigned __int128>(rem) * inverse) >> 64);
        twodigits r = rem - q * n;
        if (r >= n) {
            r -= n;
            ++q;
        }
        *remainder = r;
        return q;
    }
    twodigits n;
    twodigits inverse;
};

}  // namespace

IntObject* divrem1(Magnitude a, digit n, digit* rem) {
    IntObject* q = int_alloc(a.n);
    if (!q) return nullptr;
    DigitDivisor divisor(n);
    twodigits r = 0;
    for (ssize_t i = a.n; i-- > 0;) {
        q->ob_digit[i] = static_cast<digit>(divisor.divide((r << INT_SHIFT) | a.d[i], &r));
    }
    *rem = static_cast<digit>(r);
    return q;
}

digit rem1(Magnitude a, digit n) {
    DigitDivisor divisor(n);
    twodigits r = 0;
    for (ssize_t i = a.n; i-- > 0;) divisor.divide((r << INT_SHIFT) | a.d[i], &r);
    return static_cast<digit>(r);
}

// ---- long division (Knuth, TAOCP vol. 2, 4.3.1, Algorithm D) ---------------------------------------

namespace {

// The quotient digit for the window v[0 .. nw] (nw + 1 digits, v[nw] <=
// w[nw - 1]), estimated from the top two digits and corrected with the
// third (Knuth's step D3: the estimate is then at most one too large).
twodigits estimate_quotient_digit(const digit* v, const digit* w, ssize_t nw) {
    twodigits top = (static_cast<twodigits>(v[nw]) << INT_SHIFT) | v[nw - 1];
    twodigits q = top / w[nw - 1];
    twodigits r = top - q * w[nw - 1];
    while (q >= INT_BASE || q * w[nw - 2] > ((r << INT_SHIFT) | v[nw - 2])) {
        --q;
        r += w[nw - 1];
        if (r >= INT_BASE) break;
    }
    return q;
}

// v[0 .. nw] -= q * w; if that went below zero (q was one too large), adds
// w back.  Returns the quotient digit that was right.
digit multiply_subtract(digit* v, const digit* w, ssize_t nw, twodigits q) {
    stwodigits carry = 0;  // in (-2**31, 0]: what the next digit owes
    for (ssize_t i = 0; i < nw; ++i) {
        stwodigits z = static_cast<stwodigits>(v[i]) + carry - static_cast<stwodigits>(q * w[i]);
        v[i] = static_cast<digit>(z) & INT_MASK;
        carry = z >> INT_SHIFT;  // arithmetic shift: the floor, so borrows come out negative
    }
    if (static_cast<stwodigits>(v[nw]) + carry >= 0) return static_cast<digit>(q);
    digit c = 0;
    for (ssize_t i = 0; i < nw; ++i) {
        c += v[i] + w[i];
        v[i] = c & INT_MASK;
        c >>= INT_SHIFT;
    }
    return static_cast<digit>(q - 1);
}

// a.n >= b.n >= 2.  Both are shifted left until b's top digit has its top
// bit set, which is what makes the two-digit estimates nearly exact.
bool knuth_divrem(Magnitude a, Magnitude b, IntObject** q, IntObject** r) {
    int shift = INT_SHIFT - (32 - __builtin_clz(b.d[b.n - 1]));
    std::unique_ptr<digit[]> w(new digit[static_cast<std::size_t>(b.n)]);
    std::unique_ptr<digit[]> v(new digit[static_cast<std::size_t>(a.n + 1)]);
    v_lshift(w.get(), b.d, b.n, shift);
    v[static_cast<std::size_t>(a.n)] = v_lshift(v.get(), a.d, a.n, shift);
    ssize_t nq = a.n - b.n + 1;
    IntObject* quotient = q ? int_alloc(nq) : nullptr;
    if (q && !quotient) return false;
    for (ssize_t j = nq; j-- > 0;) {
        digit* window = v.get() + j;
        digit qd = multiply_subtract(window, w.get(), b.n, estimate_quotient_digit(window, w.get(), b.n));
        if (quotient) quotient->ob_digit[j] = qd;
    }
    if (r) {
        *r = int_alloc(b.n);
        if (!*r) {
            if (quotient) decref(quotient);
            return false;
        }
        v_rshift((*r)->ob_digit, v.get(), b.n, shift);
    }
    if (q) *q = quotient;
    return true;
}

}  // namespace

bool x_divrem(Magnitude a, Magnitude b, IntObject** q, IntObject** r) {
    if (a.n < b.n) {
        if (q && !(*q = int_alloc(0))) return false;
        if (r && !(*r = copy_magnitude(a))) {
            if (q) decref(*q);
            return false;
        }
        return true;
    }
    if (b.n == 1) {
        digit rem;
        if (!q) {
            rem = rem1(a, b.d[0]);
        } else if (!(*q = divrem1(a, b.d[0], &rem))) {
            return false;
        }
        if (r) {
            if (!(*r = int_alloc(1))) {
                if (q) decref(*q);
                return false;
            }
            (*r)->ob_digit[0] = rem;
        }
        return true;
    }
    if (b.n >= DIV_GMP_CUTOFF && a.n - b.n >= DIV_GMP_CUTOFF) return gmp_divrem(a, b, q, r);
    return knuth_divrem(a, b, q, r);
}

}  // namespace glasspy::rt
