// The int type: representation, the small-int cache, conversions to and
// from machine numbers and GMP, comparison, hashing, and the type object
// (CPython: Objects/longobject.c).  Arithmetic is in int_arith.cpp, text
// conversion in int_string.cpp.
//
// Invariants (see int.hpp): ints are normalised and immutable; results in
// -5..256 are the shared small ints.  The small ints are static objects, as
// in CPython 3.11 (_PyRuntime.global_objects.singletons.small_ints, built by
// _PyLong_DIGIT_INIT): they are part of the runtime image rather than of one
// interpreter, start with refcount 1 (the runtime's own reference) and are
// never freed.  Their counts still move, so sys.getrefcount(1) tells how
// widely 1 is shared, which is what the tutorials' memory chapter shows.
#include "runtime/int.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "runtime/alloc.hpp"
#include "runtime/state.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/int_internal.hpp"
#include "runtime/none.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

// ---- the small-int cache ------------------------------------------------------------------

namespace {

constexpr IntObject make_small_int(int value) {
    IntObject o{};
    o.ob_refcnt = 1;  // the runtime's reference: the count never reaches zero
    o.ob_type = &int_type;
    o.ob_size = value < 0 ? -1 : value > 0 ? 1 : 0;
    o.ob_digit[0] = static_cast<digit>(value < 0 ? -value : value);
    return o;
}

template <std::size_t... I>
constexpr std::array<IntObject, sizeof...(I)> make_small_ints(std::index_sequence<I...>) {
    return {make_small_int(static_cast<int>(I) - NSMALLNEGINTS)...};
}

}  // namespace

// Constant-initialised: usable before runtime_init, even from other files'
// static initialisers.
constinit std::array<IntObject, NSMALLNEGINTS + NSMALLPOSINTS> small_ints =
    make_small_ints(std::make_index_sequence<NSMALLNEGINTS + NSMALLPOSINTS>{});

namespace {

Object* get_small_int(ssize_t value) {
    Object* o = &small_ints[static_cast<std::size_t>(value + NSMALLNEGINTS)];
    incref(o);
    return o;
}

inline bool is_small(std::int64_t value) { return -NSMALLNEGINTS <= value && value < NSMALLPOSINTS; }

bool is_static_int(const Object* o) {
    return (o >= &small_ints.front() && o <= &small_ints.back());
}

}  // namespace

// ---- the free list ----------------------------------------------------------------------------
// Ints of one or two digits (counters, indices, sums beyond 256) are made
// and dropped all the time.  CPython 3.11 takes their memory from pymalloc's
// pools, as glasspy's alloc_object does (obmalloc.cpp); keeping freed ones
// on a list, linked through their ob_type field as float's are, and reusing
// them skips even that: bench/programs/intmath runs about a tenth faster
// with the list than with obmalloc alone.  Every int is allocated with room
// for at least FREE_LIST_DIGITS digits, so any exact int of that many digits
// or fewer fits any request.

namespace {

constexpr ssize_t FREE_LIST_DIGITS = 2;
IntObject* pop_free_int() {
    IntState& list = interp().int_state;
    IntObject* op = list.free_list;
    if (!op) return nullptr;
    list.free_list = reinterpret_cast<IntObject*>(op->ob_type);
    --list.numfree;
    op->ob_refcnt = 1;
    op->ob_type = &int_type;
    incref(&int_type);
    if (tracing::wants(tracing::ALLOC)) tracing::free_list_reused(op, list.numfree);
    return op;
}

// False if the list is full or o is not an exact int short enough.
bool push_free_int(Object* o) {
    IntState& list = interp().int_state;
    ssize_t n = int_size(o) < 0 ? -int_size(o) : int_size(o);
    if (o->ob_type != &int_type || n > FREE_LIST_DIGITS || list.numfree >= IntState::MAXFREELIST) return false;
    if (tracing::wants(tracing::FREE)) tracing::free_list_kept(o, list.numfree + 1);
    decref(&int_type);  // as free_object would
    o->ob_type = reinterpret_cast<TypeObject*>(list.free_list);
    list.free_list = static_cast<IntObject*>(o);
    ++list.numfree;
    return true;
}

}  // namespace

// ---- building ints ------------------------------------------------------------------------

IntObject* int_alloc(ssize_t ndigits) {
    if (ndigits > MAX_INT_DIGITS) {
        set_error(&exc::OverflowError, "too many digits in integer");
        return nullptr;
    }
    IntObject* v = ndigits <= FREE_LIST_DIGITS ? pop_free_int() : nullptr;
    if (!v) {
        // Zero too gets room for digits, as in CPython's _PyLong_New
        // (sys.getsizeof counts one); here room for two, for the free list.
        v = static_cast<IntObject*>(alloc_object(&int_type, std::max(ndigits, FREE_LIST_DIGITS)));
        if (!v) return static_cast<IntObject*>(no_memory());
    }
    v->ob_size = ndigits;
    return v;
}

Object* int_normalize(IntObject* v, bool negative) {
    ssize_t n = v->ob_size < 0 ? -v->ob_size : v->ob_size;
    while (n > 0 && v->ob_digit[n - 1] == 0) --n;
    if (n <= 1) {
        std::int64_t value = n == 0 ? 0 : v->ob_digit[0];
        if (negative) value = -value;
        if (is_small(value)) {
            decref(v);
            return get_small_int(value);
        }
    }
    v->ob_size = negative ? -n : n;
    return v;
}

namespace {

// A fresh int with this magnitude and sign, never a shared one.
Object* int_from_magnitude(std::uint64_t m, bool negative) {
    constexpr std::uint64_t BASE = std::uint64_t{1} << INT_SHIFT;
    ssize_t n = m == 0 ? 0 : m < BASE ? 1 : m < BASE * BASE ? 2 : 3;
    IntObject* v = int_alloc(n);
    if (!v) return nullptr;
    v->ob_digit[0] = m & INT_MASK;  // room for two digits is always there (see the free list)
    v->ob_digit[1] = (m >> INT_SHIFT) & INT_MASK;
    if (n == 3) v->ob_digit[2] = static_cast<digit>(m >> (2 * INT_SHIFT));
    if (negative) v->ob_size = -n;
    return v;
}

}  // namespace

Object* int_from_u64(std::uint64_t value) {
    if (value < NSMALLPOSINTS) return get_small_int(static_cast<ssize_t>(value));
    return int_from_magnitude(value, false);
}

Object* int_from_i64_slow(std::int64_t value) {
    if (is_small(value)) return get_small_int(value);
    // The magnitude as unsigned, correct for INT64_MIN too.
    std::uint64_t m = value < 0 ? 0 - static_cast<std::uint64_t>(value) : value;
    return int_from_magnitude(m, value < 0);
}

Object* int_from_ssize(ssize_t value) { return int_from_i64(value); }

bool is_int(const Object* o) { return has_flag(o->ob_type, TPFLAGS_LONG_SUBCLASS); }

Object* int_exact(Object* o) {
    if (is_int_exact(o)) {
        incref(o);
        return o;
    }
    // A bool or an instance of a subclass: copy the digits into a plain int.
    ssize_t n = int_size(o) < 0 ? -int_size(o) : int_size(o);
    IntObject* v = int_alloc(n);
    if (!v) return nullptr;
    std::memcpy(v->ob_digit, int_digits(o), n * sizeof(digit));
    return int_normalize(v, int_size(o) < 0);
}

// ---- machine-word conversions ---------------------------------------------------------------

bool int_fits_i64(const Object* o, std::int64_t* out) {
    ssize_t s = int_size(o);
    ssize_t n = s < 0 ? -s : s;
    if (n > 3) return false;
    const digit* d = int_digits(o);
    unsigned __int128 m = 0;
    for (ssize_t i = n; i-- > 0;) m = (m << INT_SHIFT) | d[i];
    if (s >= 0) {
        if (m > static_cast<unsigned __int128>(INT64_MAX)) return false;
        *out = static_cast<std::int64_t>(m);
    } else {
        if (m > static_cast<unsigned __int128>(INT64_MAX) + 1) return false;
        *out = static_cast<std::int64_t>(0 - static_cast<std::uint64_t>(m));
    }
    return true;
}

bool int_as_ssize(Object* o, ssize_t* out) {
    if (!is_int(o)) {
        set_error(&exc::TypeError, "an integer is required");
        return false;
    }
    std::int64_t v;
    if (!int_fits_i64(o, &v)) {
        set_error(&exc::OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = v;
    return true;
}

// ---- the GMP bridge ---------------------------------------------------------------------------

void int_to_mpz(const Object* v, mpz_ptr out) {
    ssize_t s = int_size(v);
    std::size_t n = s < 0 ? -s : s;
    // Words of sizeof(digit) bytes, least significant first, native byte
    // order, the top 2 bits of each word unused ("nails").
    mpz_import(out, n, -1, sizeof(digit), 0, 32 - INT_SHIFT, int_digits(v));
    if (s < 0) mpz_neg(out, out);
}

Object* int_from_mpz(mpz_srcptr z) {
    if (mpz_fits_slong_p(z)) return int_from_i64(mpz_get_si(z));
    std::size_t bits = mpz_sizeinbase(z, 2);
    IntObject* v = int_alloc(static_cast<ssize_t>((bits + INT_SHIFT - 1) / INT_SHIFT));
    if (!v) return nullptr;
    std::size_t count = 0;
    mpz_export(v->ob_digit, &count, -1, sizeof(digit), 0, 32 - INT_SHIFT, z);
    v->ob_size = static_cast<ssize_t>(count);
    return int_normalize(v, mpz_sgn(z) < 0);
}

// ---- floats -------------------------------------------------------------------------------

bool mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double* out) {
    // The quotient is scaled by 2**shift so that it has at least 55 bits;
    // the bits below the double's precision (53, fewer for a subnormal
    // result) then decide the rounding, with the remainder as sticky bit.
    // Rounding once, by hand, is what avoids double rounding for subnormals
    // (CPython's long_true_divide does the same).
    int sign = mpz_sgn(a);
    if (sign == 0) {
        *out = 0.0;
        return true;
    }
    Mpz num, den, q, r;
    mpz_abs(num, a);
    mpz_set(den, b);
    long diff = static_cast<long>(mpz_sizeinbase(num, 2)) - static_cast<long>(mpz_sizeinbase(den, 2));
    long shift = 55 - diff;  // quotient = num * 2**shift / den
    if (shift > 0)
        mpz_mul_2exp(num, num, shift);
    else
        mpz_mul_2exp(den, den, -shift);
    mpz_tdiv_qr(q, r, num, den);
    bool sticky = mpz_sgn(r) != 0;
    long nbits = static_cast<long>(mpz_sizeinbase(q, 2));
    long top = nbits - 1 - shift;  // exponent of the leading bit of the true quotient
    if (top > 1023) return false;
    long precision = top >= -1022 ? 53 : 53 - (-1022 - top);
    long drop = nbits - precision;  // >= 2
    Mpz m;
    mpz_tdiv_q_2exp(m, q, drop);
    bool half = mpz_tstbit(q, drop - 1);
    bool below = sticky || (mpz_scan1(q, 0) < static_cast<mp_bitcnt_t>(drop - 1));
    if (half && (below || mpz_odd_p(m))) mpz_add_ui(m, m, 1);
    double result = std::ldexp(static_cast<double>(mpz_get_ui(m)), static_cast<int>(drop - shift));
    if (std::isinf(result)) return false;
    *out = sign < 0 ? -result : result;
    return true;
}

bool int_as_double(Object* o, double* out) {
    std::int64_t v;
    if (int_fits_i64(o, &v)) {
        // The hardware conversion rounds half-to-even: correct already.
        *out = static_cast<double>(v);
        return true;
    }
    // CPython's _PyLong_Frexp: the top 55 bits, with the lowest of them set
    // if any bit below is (the "sticky" bit), round to 53 exactly as the
    // whole number would; the hardware conversion then rounds them
    // half-to-even, and scaling by a power of two is exact.
    constexpr int KEPT = 55;
    std::uint64_t shift = int_bit_length(o) - KEPT;  // > 0: o did not fit in int64
    if (shift > 1024) {
        set_error(&exc::OverflowError, "int too large to convert to float");
        return false;
    }
    Magnitude m = magnitude(o);
    auto word = static_cast<ssize_t>(shift / INT_SHIFT);
    int bit = static_cast<int>(shift % INT_SHIFT);
    unsigned __int128 window = 0;
    for (ssize_t i = std::min(word + 2, m.n - 1); i >= word; --i) window = (window << INT_SHIFT) | m.d[i];
    auto top = static_cast<std::uint64_t>(window >> bit);
    bool sticky = (m.d[word] & ((digit{1} << bit) - 1)) != 0;
    for (ssize_t i = 0; i < word && !sticky; ++i) sticky = m.d[i] != 0;
    double result = std::ldexp(static_cast<double>(top | sticky), static_cast<int>(shift));
    if (std::isinf(result)) {
        set_error(&exc::OverflowError, "int too large to convert to float");
        return false;
    }
    *out = int_sign(o) < 0 ? -result : result;
    return true;
}

Object* int_from_double(double value) {
    if (std::isinf(value)) {
        set_error(&exc::OverflowError, "cannot convert float infinity to integer");
        return nullptr;
    }
    if (std::isnan(value)) {
        set_error(&exc::ValueError, "cannot convert float NaN to integer");
        return nullptr;
    }
    if (std::fabs(value) < 9.2e18) return int_from_i64(static_cast<std::int64_t>(value));
    Mpz z;
    mpz_set_d(z, value);  // exact: a double this large is an integer
    return int_from_mpz(z);
}

// ---- size, bits, comparison, hash -------------------------------------------------------------

ssize_t int_sizeof(Object* o) {
    // CPython 3.11's int___sizeof__: the fixed part plus the digits, at
    // least one (zero is allocated with one digit), so sys.getsizeof(0) is
    // 28 like sys.getsizeof(1).
    ssize_t n = int_size(o) < 0 ? -int_size(o) : int_size(o);
    if (n == 0) n = 1;
    return o->ob_type->tp_basicsize + n * static_cast<ssize_t>(sizeof(digit));
}

std::uint64_t int_bit_length(const Object* o) {
    ssize_t n = int_size(o) < 0 ? -int_size(o) : int_size(o);
    if (n == 0) return 0;
    digit top = int_digits(o)[n - 1];
    return static_cast<std::uint64_t>(n - 1) * INT_SHIFT + (32 - __builtin_clz(top));
}

int int_compare(const Object* a, const Object* b) {
    ssize_t sa = int_size(a), sb = int_size(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    ssize_t n = sa < 0 ? -sa : sa;
    const digit *da = int_digits(a), *db = int_digits(b);
    for (ssize_t i = n; i-- > 0;) {
        if (da[i] != db[i]) {
            int c = da[i] < db[i] ? -1 : 1;
            return sa < 0 ? -c : c;
        }
    }
    return 0;
}

ssize_t int_hash_value(const Object* o) {
    // CPython's long_hash: the value modulo the Mersenne prime 2**61-1,
    // computed digit by digit from the top.  Multiplying by 2**30 modulo
    // 2**61-1 is a 61-bit rotation, so no division is needed.
    constexpr std::uint64_t MODULUS = (std::uint64_t{1} << 61) - 1;
    ssize_t s = int_size(o);
    ssize_t n = s < 0 ? -s : s;
    const digit* d = int_digits(o);
    std::uint64_t x = 0;
    for (ssize_t i = n; i-- > 0;) {
        x = ((x << INT_SHIFT) & MODULUS) | (x >> (61 - INT_SHIFT));
        x += d[i];
        if (x >= MODULUS) x -= MODULUS;
    }
    auto h = static_cast<ssize_t>(x);
    if (s < 0) h = -h;
    // -1 is the error value of tp_hash, so no hash is ever -1.
    return h == -1 ? -2 : h;
}

// ---- bytes ----------------------------------------------------------------------------------

bool int_to_bytes(Object* o, ssize_t length, bool little_endian, bool is_signed, std::string* out) {
    if (!is_signed && int_sign(o) < 0) {
        set_error(&exc::OverflowError, "can't convert negative int to unsigned");
        return false;
    }
    Mpz z;
    int_to_mpz(o, z);
    // Two's complement in `length` bytes: add 2**(8*length) to a negative value.
    std::uint64_t bits = static_cast<std::uint64_t>(length) * 8;
    std::uint64_t need = int_bit_length(o);
    bool fits = is_signed ? (int_sign(o) < 0 ? true : need < bits || (need == 0))
                          : need <= bits;
    if (is_signed && int_sign(o) < 0) {
        // -2**(bits-1) is the most negative value that fits; in zero bytes
        // CPython lets -1 fit (its sign extension is all ones anyway).
        Mpz limit;
        mpz_setbit(limit, bits == 0 ? 0 : bits - 1);
        mpz_neg(limit, limit);
        fits = mpz_cmp(z, limit) >= 0;
        if (fits) {
            Mpz modulus;
            mpz_setbit(modulus, bits);
            mpz_add(z, z, modulus);
        }
    }
    if (!fits) {
        set_error(&exc::OverflowError, "int too big to convert");
        return false;
    }
    out->assign(static_cast<std::size_t>(length), '\0');
    std::size_t count = 0;
    std::string buf((mpz_sizeinbase(z, 2) + 7) / 8, '\0');
    if (mpz_sgn(z)) mpz_export(buf.data(), &count, -1, 1, 0, 0, z);  // little-endian bytes
    for (std::size_t i = 0; i < count; ++i)
        (*out)[little_endian ? i : static_cast<std::size_t>(length) - 1 - i] = buf[i];
    return true;
}

Object* int_from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
    Mpz z;
    if (!bytes.empty()) mpz_import(z, bytes.size(), little_endian ? -1 : 1, 1, 0, 0, bytes.data());
    unsigned char top = static_cast<unsigned char>(little_endian ? bytes.back() : bytes.front());
    if (is_signed && !bytes.empty() && (top & 0x80)) {
        Mpz modulus;
        mpz_setbit(modulus, bytes.size() * 8);
        mpz_sub(z, z, modulus);
    }
    return int_from_mpz(z);
}

// ---- slots ----------------------------------------------------------------------------------

namespace {

// The small ints and the bools are static: reaching a count of zero means
// the interpreter dropped a reference it never took.
void int_dealloc(Object* self) {
    if (is_static_int(self) || self == true_object || self == false_object) {
        std::fprintf(stderr, "Fatal glasspy error: deallocating a static int\n");
        std::abort();
    }
    if (!push_free_int(self)) free_object(self);
}

int int_bool(Object* self) { return int_size(self) != 0; }

ssize_t int_hash(Object* self) { return int_hash_value(self); }

Object* int_int(Object* self) { return int_exact(self); }

Object* int_float(Object* self) {
    double d;
    if (!int_as_double(self, &d)) return nullptr;
    return float_from_double(d);
}

Object* int_pos(Object* self) { return int_exact(self); }

Object* int_pow_slot(Object* a, Object* b, Object* mod) { return int_pow(a, b, mod); }

}  // namespace

Object* int_richcompare(Object* a, Object* b, int op) {
    if (!is_int(a) || !is_int(b)) {
        incref(NotImplemented());
        return NotImplemented();
    }
    int c = int_compare(a, b);
    bool r = false;
    switch (op) {
        case LT: r = c < 0; break;
        case LE: r = c <= 0; break;
        case EQ: r = c == 0; break;
        case NE: r = c != 0; break;
        case GT: r = c > 0; break;
        case GE: r = c >= 0; break;
    }
    return bool_from(r);
}

namespace {

TypeObject make_int_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "int";
    // offsetof(IntObject, ob_digit): the size of an int with no digits (24),
    // as CPython's tp_basicsize; each digit adds tp_itemsize.
    t.tp_basicsize = sizeof(VarObject);
    t.tp_itemsize = sizeof(digit);
    t.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS;
    t.tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer";
    t.tp_dealloc = int_dealloc;
    t.tp_repr = int_repr;
    t.tp_hash = int_hash;
    t.tp_richcompare = int_richcompare;
    t.nb_add = int_add;
    t.nb_subtract = int_sub;
    t.nb_multiply = int_mul;
    t.nb_remainder = int_mod;
    t.nb_divmod = int_divmod;
    t.nb_power = int_pow_slot;
    t.nb_negative = int_neg;
    t.nb_positive = int_pos;
    t.nb_absolute = int_abs;
    t.nb_bool = int_bool;
    t.nb_invert = int_invert;
    t.nb_lshift = int_lshift;
    t.nb_rshift = int_rshift;
    t.nb_and = int_and;
    t.nb_xor = int_xor;
    t.nb_or = int_or;
    t.nb_int = int_int;
    t.nb_float = int_float;
    t.nb_floor_divide = int_floor_div;
    t.nb_true_divide = int_true_divide;
    t.nb_index = int_int;
    // The Python face of the type: its methods and constructor (number_methods.cpp).
    t.tp_methods = int_method_table;
    t.tp_getset = int_getset_table;
    t.tp_new = int_tp_new;
    return t;
}

}  // namespace

TypeObject int_type = make_int_type();

static_assert(sizeof(VarObject) == 24 && alignof(digit) <= 8,
              "CPython's int header is 24 bytes: the digits start right after it");

}  // namespace glasspy::rt
