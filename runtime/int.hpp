// int and bool (CPython: Objects/longobject.c, Objects/boolobject.c,
// Include/cpython/longintrepr.h).
//
// OWNER: the numbers work (int.cpp, int_arith.cpp, int_bitwise.cpp, int_digits.cpp,
// int_string.cpp, bool.cpp).
// The first group of functions below are the ones the rest of the runtime
// relies on; keep their signatures.
//
// Representation, as CPython 3.11's: a variable-size object whose ob_size is
// the number of 30-bit digits, negative for negative numbers, 0 for zero;
// the digits follow, least significant first.  This is what makes
// sys.getsizeof(1) == 28 and sys.getsizeof(2**30) == 32 true of glasspy too
// (and sys.getsizeof(0) == 28: zero is allocated with one digit).
// Values -5..256 are preallocated and shared (the small-int cache).
// Arithmetic has machine-word fast paths; beyond them it works on the
// digits as CPython's does (int_digits.cpp), handing long products and
// quotients to GMP's mpn functions; the rest (true division, modular pow,
// text) converts to GMP's mpz (mpz_import/mpz_export with 2 nail bits).
// bool is a subclass of int with the same layout; True and False are its
// only instances.
//
// Invariants:
// - An int is normalised: its most significant digit is non-zero (so zero
//   has ob_size 0 and no digits), and every digit is < 2**30.
// - Ints are immutable once returned: functions build a result in a fresh
//   object and only then hand it out.
// - A result in -5..256 is always the shared small int, never a new object
//   (CPython's maybe_small_long), so `a is b` for small results holds.
#pragma once

#include <array>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject int_type;
extern TypeObject bool_type;

// A new reference to the int with this value (a shared one for -5..256).
Object* int_from_ssize(ssize_t value);
// The int's value if it fits in ssize_t; false with OverflowError set if not
// ("Python int too large to convert to C ssize_t"), TypeError if o is no int.
bool int_as_ssize(Object* o, ssize_t* out);
// The int parsed from decimal digits (an AST Constant's int_digits; '_'
// separators are skipped).  Null with ValueError past the int_max_str_digits
// limit (the compiler turns that into its SyntaxError).
Object* int_from_decimal(std::string_view digits);

bool is_int(const Object* o);  // int or a subclass (bool included)

extern Object* true_object;  // True (set by runtime_init)
extern Object* false_object;  // False
// A new reference to True or False.
Object* bool_from(bool value);

// ---- representation (CPython: longintrepr.h) ---------------------------------------------
using digit = std::uint32_t;        // one 30-bit digit (CPython's `digit`)
inline constexpr int INT_SHIFT = 30;  // PyLong_SHIFT
inline constexpr digit INT_MASK = (digit{1} << INT_SHIFT) - 1;

// The small-int cache's range (CPython: _PY_NSMALLNEGINTS, _PY_NSMALLPOSINTS).
inline constexpr int NSMALLNEGINTS = 5;
inline constexpr int NSMALLPOSINTS = 257;

struct IntObject : VarObject {
    digit ob_digit[1];  // |ob_size| digits in fact; the allocation has room for them
};

inline digit* int_digits(Object* o) { return static_cast<IntObject*>(o)->ob_digit; }
inline const digit* int_digits(const Object* o) { return static_cast<const IntObject*>(o)->ob_digit; }
inline ssize_t int_size(const Object* o) { return static_cast<const VarObject*>(o)->ob_size; }
inline bool is_int_exact(const Object* o) { return o->ob_type == &int_type; }
inline bool is_bool(const Object* o) { return o->ob_type == &bool_type; }

// -5..256, preallocated and shared (CPython: _PyRuntime's small_ints).
extern std::array<IntObject, NSMALLNEGINTS + NSMALLPOSINTS> small_ints;

// ---- creation and conversion ----------------------------------------------------------------
Object* int_from_i64_slow(std::int64_t value);  // a value outside the small ints
// Inline, as the eval loop's arithmetic makes most of its ints here.
[[gnu::always_inline]] inline Object* int_from_i64(std::int64_t value) {
    if (-NSMALLNEGINTS <= value && value < NSMALLPOSINTS) {
        Object* o = &small_ints[static_cast<std::size_t>(value + NSMALLNEGINTS)];
        incref(o);
        return o;
    }
    return int_from_i64_slow(value);
}
Object* int_from_u64(std::uint64_t value);
// The value of an exact int of at most two digits (|v| < 2**60), the ones
// fast paths handle without GMP; false for anything else.
inline bool int_small_value(const Object* o, std::int64_t* out) {
    if (o->ob_type != &int_type) return false;
    ssize_t n = int_size(o);
    if (n > 2 || n < -2) return false;
    const digit* d = int_digits(o);
    std::int64_t v = n == 0 ? 0 : static_cast<std::int64_t>(d[0]);
    if (n == 2 || n == -2) v |= static_cast<std::int64_t>(d[1]) << INT_SHIFT;
    *out = n < 0 ? -v : v;
    return true;
}
// The int closest to a float, truncating toward zero (int(3.9) == 3);
// OverflowError "cannot convert float infinity to integer", ValueError
// "cannot convert float NaN to integer".
Object* int_from_double(double value);
// The value as a double, correctly rounded (round-half-even);
// OverflowError "int too large to convert to float".
bool int_as_double(Object* o, double* out);
// The value if it fits in int64 (no exception set when it does not).
bool int_fits_i64(const Object* o, std::int64_t* out);
// -1, 0 or 1.
inline int int_sign(const Object* o) { return int_size(o) < 0 ? -1 : int_size(o) > 0; }

// sys.getsizeof(n): 24 bytes plus 4 per digit, at least one (28 for 0 and 1,
// 32 for 2**30), as CPython 3.11 reports.
ssize_t int_sizeof(Object* o);
// int.bit_length().
std::uint64_t int_bit_length(const Object* o);
// Compares two ints: <0, 0, >0.
int int_compare(const Object* a, const Object* b);
// hash(n): n modulo 2**61-1 with the sign of n, -1 mapped to -2 (CPython's
// long_hash; numeric hashes agree across int, float, complex and Fraction).
ssize_t int_hash_value(const Object* o);

// int.to_bytes(length, byteorder, signed=...): OverflowError "int too big to
// convert" / "can't convert negative int to unsigned".
bool int_to_bytes(Object* o, ssize_t length, bool little_endian, bool is_signed, std::string* out);
// int.from_bytes(bytes, byteorder, signed=...).
Object* int_from_bytes(std::string_view bytes, bool little_endian, bool is_signed);

// ---- text (int_string.cpp) --------------------------------------------------------------------
// int(text, base): base 0 or 2..36; surrounding whitespace, a sign, a
// 0x/0o/0b prefix and single '_' between digits allowed, Unicode decimal
// digits accepted.  ValueError "invalid literal for int() with base 10: 'abc'"
// or the digit-limit error.
Object* int_from_string(std::u32string_view text, int base);
// The digits of n in base 2..36 with a '-' sign and no prefix; false with
// ValueError past the digit limit (decimal only, as in CPython).
bool int_to_string(Object* o, int base, std::string* out);
// repr(n) / str(n) as a str object.
Object* int_repr(Object* o);
// bin(), oct(), hex(): '0b101', '-0x1f'.
Object* int_format_prefixed(Object* o, int base);

// sys.get_int_max_str_digits / set_int_max_str_digits (CPython 3.11.0+: 4300
// by default, 0 for no limit, otherwise at least 640).
int int_max_str_digits();
bool set_int_max_str_digits(ssize_t max_digits);

// ---- the slots other number types and builtins call directly -----------------------------------
Object* int_richcompare(Object* a, Object* b, int op);
Object* int_add(Object* a, Object* b);
Object* int_sub(Object* a, Object* b);
Object* int_mul(Object* a, Object* b);
Object* int_floor_div(Object* a, Object* b);
Object* int_mod(Object* a, Object* b);
Object* int_divmod(Object* a, Object* b);
Object* int_true_divide(Object* a, Object* b);
Object* int_pow(Object* a, Object* b, Object* mod);  // mod: None or an int
Object* int_neg(Object* a);
Object* int_abs(Object* a);
Object* int_invert(Object* a);
Object* int_lshift(Object* a, Object* b);
Object* int_rshift(Object* a, Object* b);
Object* int_and(Object* a, Object* b);
Object* int_or(Object* a, Object* b);
Object* int_xor(Object* a, Object* b);
// round(n, ndigits): n itself for ndigits null, None or >= 0; otherwise a
// multiple of 10**-ndigits, ties to even.
Object* int_round(Object* a, Object* ndigits);
// A new reference to an exact int with o's value (int(True) is 1, not True).
Object* int_exact(Object* o);

}  // namespace glasspy::rt
