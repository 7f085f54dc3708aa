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
// used where its better algorithms win by more than the repacking costs:
// products of two numbers of 7 digits or more (MUL_GMP_CUTOFF) and
// quotients of two digits or more (see "long division").
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
#include <new>

#include "runtime/errors.hpp"
#include "runtime/int_internal.hpp"

namespace glasspy::rt {

namespace {

using twodigits = std::uint64_t;  // CPython's twodigits: a digit product plus carries
using stwodigits = std::int64_t;  // ... and the signed kind, for borrows

constexpr twodigits INT_BASE = twodigits{1} << INT_SHIFT;

// Products of two operands both at least this long (in digits) go to
// GMP's mpn_mul.  Measured with `a * b` loops in glasspy, repacking
// included: schoolbook on 30-bit digits and GMP's basecase on 64-bit limbs
// break even at 7 digits each (at 4 to 5 when the other operand is a
// thousand digits long).  CPython switches to Karatsuba only at 70 digits
// (KARATSUBA_CUTOFF), having no faster basecase to switch to.
constexpr ssize_t MUL_GMP_CUTOFF = 7;

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

// Limb storage: on the stack for the sizes where the repacking still
// matters next to the work (a malloc per operand would cost as much), on
// the heap beyond.
class LimbBuffer {
public:
    explicit LimbBuffer(ssize_t n)
        : heap_(n > ON_STACK ? new (std::nothrow) mp_limb_t[static_cast<std::size_t>(n)] : nullptr),
          ok_(n <= ON_STACK || heap_) {}
    mp_limb_t* get() { return heap_ ? heap_.get() : stack_; }
    bool ok() const { return ok_; }

private:
    static constexpr ssize_t ON_STACK = 128;  // 1 KiB, 273 digits: past where repacking matters
    mp_limb_t stack_[ON_STACK];
    std::unique_ptr<mp_limb_t[]> heap_;
    bool ok_;
};

ssize_t limb_count(ssize_t ndigits) { return (ndigits * INT_SHIFT + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS; }

// out[0 .. limb_count(a.n)) = a.
void to_limbs(Magnitude a, mp_limb_t* out) {
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
    ssize_t na = limb_count(a.n), nb = limb_count(b.n);
    LimbBuffer x(na), y(nb), z(na + nb);
    if (!x.ok() || !y.ok() || !z.ok()) return no_memory();
    to_limbs(a, x.get());
    to_limbs(b, y.get());
    mpn_mul(z.get(), x.get(), na, y.get(), nb);
    return from_limbs(z.get(), na + nb);
}

bool gmp_divrem(Magnitude a, Magnitude b, IntObject** q, IntObject** r) {
    ssize_t na = limb_count(a.n), nb = limb_count(b.n);
    LimbBuffer x(na), y(nb);
    if (!x.ok() || !y.ok()) {
        no_memory();
        return false;
    }
    to_limbs(a, x.get());
    to_limbs(b, y.get());
    while (y.get()[nb - 1] == 0) --nb;  // mpn_tdiv_qr needs a non-zero top limb
    LimbBuffer quotient(na - nb + 1), remainder(nb);
    if (!quotient.ok() || !remainder.ok()) {
        no_memory();
        return false;
    }
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
// paper: each carry is below 2**31, so carry + z digit + digit * digit
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

// z[0 .. a.n] = a * f for one digit f: what `r *= i` does to a long r.
// Nothing needs zeroing first and no partial product is read back.
void mul1(Magnitude a, twodigits f, digit* z) {
    twodigits carry = 0;
    for (ssize_t j = 0; j < a.n; ++j) {
        carry += f * a.d[j];
        z[j] = static_cast<digit>(carry) & INT_MASK;
        carry >>= INT_SHIFT;
    }
    z[a.n] = static_cast<digit>(carry);
}

}  // namespace

// ---- comparison, addition, subtraction ------------------------------------------------------

int x_compare(Magnitude a, Magnitude b) {
    if (a.n != b.n) return a.n < b.n ? -1 : 1;
    for (ssize_t i = a.n; i-- > 0;)
        if (a.d[i] != b.d[i]) return a.d[i] < b.d[i] ? -1 : 1;
    return 0;
}

namespace {

// Two digits as one 60-bit number, and back.  The addition and
// subtraction loops take digits in pairs: each step then
// carries 60 bits, and the chain of dependent instructions through the
// carry, which is what bounds these loops' speed, is half as long.
inline twodigits pair_at(const digit* d, ssize_t i) {
    return d[i] | (static_cast<twodigits>(d[i + 1]) << INT_SHIFT);
}
inline void store_pair(digit* z, ssize_t i, twodigits v) {
    z[i] = static_cast<digit>(v) & INT_MASK;
    z[i + 1] = static_cast<digit>(v >> INT_SHIFT) & INT_MASK;
}
constexpr int PAIR_SHIFT = 2 * INT_SHIFT;

// z[i ..) = a[i .. n) + carry; returns the carry out of the top.
twodigits propagate_carry(const digit* a, ssize_t i, ssize_t n, twodigits carry, digit* z) {
    for (; i + 2 <= n; i += 2) {
        twodigits s = pair_at(a, i) + carry;
        store_pair(z, i, s);
        carry = s >> PAIR_SHIFT;
    }
    for (; i < n; ++i) {
        carry += a[i];
        z[i] = static_cast<digit>(carry) & INT_MASK;
        carry >>= INT_SHIFT;
    }
    return carry;
}

// z[i ..) = a[i .. n) - borrow; returns the borrow out of the top.
twodigits propagate_borrow(const digit* a, ssize_t i, ssize_t n, twodigits borrow, digit* z) {
    for (; i + 2 <= n; i += 2) {
        twodigits s = pair_at(a, i) - borrow;  // wraps around below zero: bit 63 is the borrow
        store_pair(z, i, s);
        borrow = s >> 63;
    }
    for (; i < n; ++i) {
        twodigits s = a[i] - borrow;
        z[i] = static_cast<digit>(s) & INT_MASK;
        borrow = s >> 63;
    }
    return borrow;
}

}  // namespace

IntObject* x_add(Magnitude a, Magnitude b) {
    if (a.n < b.n) std::swap(a, b);
    IntObject* z = int_alloc(a.n + 1);
    if (!z) return nullptr;
    digit* zd = z->ob_digit;
    twodigits carry = 0;
    ssize_t i = 0;
    for (; i + 2 <= b.n; i += 2) {
        twodigits s = pair_at(a.d, i) + pair_at(b.d, i) + carry;
        store_pair(zd, i, s);
        carry = s >> PAIR_SHIFT;
    }
    for (; i < b.n; ++i) {
        carry += a.d[i] + b.d[i];
        zd[i] = static_cast<digit>(carry) & INT_MASK;
        carry >>= INT_SHIFT;
    }
    zd[a.n] = static_cast<digit>(propagate_carry(a.d, i, a.n, carry, zd));
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
    digit* zd = z->ob_digit;
    twodigits borrow = 0;
    ssize_t i = 0, common = std::min(n, b.n);
    for (; i + 2 <= common; i += 2) {
        twodigits s = pair_at(a.d, i) - pair_at(b.d, i) - borrow;  // bit 63: the borrow
        store_pair(zd, i, s);
        borrow = s >> 63;
    }
    for (; i < common; ++i) {
        twodigits s = static_cast<twodigits>(a.d[i]) - b.d[i] - borrow;
        zd[i] = static_cast<digit>(s) & INT_MASK;
        borrow = s >> 63;
    }
    propagate_borrow(a.d, i, n, borrow, zd);
    return z;
}

IntObject* x_mul(Magnitude a, Magnitude b) {
    if (a.n == 0 || b.n == 0) return int_alloc(0);
    if (a.n >= MUL_GMP_CUTOFF && b.n >= MUL_GMP_CUTOFF) return gmp_mul(a, b);
    if (a.n > b.n) std::swap(a, b);  // the long inner loop runs over the longer operand
    if (a.n == 1) {
        IntObject* z = int_alloc(b.n + 1);
        if (z) mul1(b, a.d[0], z->ob_digit);
        return z;
    }
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

// ---- long division --------------------------------------------------------------------------------
// GMP's mpn_tdiv_qr, repacking included, beat a digit version of Knuth's
// Algorithm D (CPython's x_divrem) at every size measured, quotients of
// two digits upward.  Only a quotient of one digit is done here: then the
// quotient can be estimated from the top digits and checked with one pass
// over the dividend, which is less work than repacking it.

namespace {

// The top three digits of a (two of them when a.n == b.n) over the top
// two of b: the quotient a / b to within one, when it is below 2**30 - 1.
// (With A and B those digit groups and s the bits below them,
// A / (B + 1) <= a / b < (A + 1) / B, and B >= 2**30 keeps the two ends
// less than one apart.)
twodigits estimate_quotient(Magnitude a, Magnitude b) {
    ssize_t k = b.n;
    unsigned __int128 top = a.n > k ? a.d[k] : 0;
    top = (top << INT_SHIFT) | a.d[k - 1];
    top = (top << INT_SHIFT) | a.d[k - 2];
    twodigits divisor = (static_cast<twodigits>(b.d[k - 1]) << INT_SHIFT) | b.d[k - 2];
    unsigned __int128 q = top / divisor;
    return q < INT_BASE - 1 ? static_cast<twodigits>(q) : INT_BASE;
}

// r = a - q * b over r's a.n digits; false if that went below zero (r then
// holds it modulo 2**(30 * a.n)).
bool subtract_multiple(Magnitude a, Magnitude b, twodigits q, digit* r) {
    stwodigits carry = 0;  // what the next digit owes: a borrow comes out negative
    for (ssize_t i = 0; i < a.n; ++i) {
        stwodigits z = static_cast<stwodigits>(a.d[i]) + carry;
        if (i < b.n) z -= static_cast<stwodigits>(q * b.d[i]);
        r[i] = static_cast<digit>(z) & INT_MASK;
        carry = z >> INT_SHIFT;  // arithmetic shift: the floor
    }
    return carry >= 0;
}

// r += b or r -= b over n digits, the carry or borrow out of the top dropped.
void add_in_place(digit* r, ssize_t n, Magnitude b) {
    digit carry = 0;
    for (ssize_t i = 0; i < n; ++i) {
        carry += r[i] + (i < b.n ? b.d[i] : 0);
        r[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
}
void subtract_in_place(digit* r, ssize_t n, Magnitude b) {
    digit borrow = 0;
    for (ssize_t i = 0; i < n; ++i) {
        borrow = r[i] - (i < b.n ? b.d[i] : 0) - borrow;
        r[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
}

// a = q * b + r for a quotient estimated as q_estimate, which is within
// one of the truth: one pass computes r, one more corrects it if needed.
bool divrem_one_digit_quotient(Magnitude a, Magnitude b, twodigits q_estimate, IntObject** q, IntObject** r) {
    IntObject* rest = int_alloc(a.n);
    if (!rest) return false;
    twodigits quotient = q_estimate;
    digit* rd = rest->ob_digit;
    if (!subtract_multiple(a, b, quotient, rd)) {
        add_in_place(rd, a.n, b);
        --quotient;
    } else if (x_compare(trimmed(rest), b) >= 0) {
        subtract_in_place(rd, a.n, b);
        ++quotient;
    }
    if (q) {
        if (!(*q = int_alloc(1))) {
            decref(rest);
            return false;
        }
        (*q)->ob_digit[0] = static_cast<digit>(quotient);
    }
    if (r)
        *r = rest;
    else
        decref(rest);
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
    if (a.n <= b.n + 1) {
        twodigits estimate = estimate_quotient(a, b);
        if (estimate < INT_BASE) return divrem_one_digit_quotient(a, b, estimate, q, r);
    }
    return gmp_divrem(a, b, q, r);
}

}  // namespace glasspy::rt
