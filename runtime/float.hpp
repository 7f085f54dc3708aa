// float (CPython: Objects/floatobject.c).
//
// OWNER: the numbers work (float.cpp).  A float is an Object followed by one
// double (24 bytes, as in CPython).  Freed floats go to a free list (CPython
// 3.11 keeps up to 100) that the next allocation takes from, which is why a
// new float can get a dead one's id().
//
// Invariant: binary functions below take float or int operands (either
// side) and return NotImplemented (a new reference) for any other type.
#pragma once

#include <string_view>

#include "runtime/state.hpp"
#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject float_type;

struct FloatObject : Object {
    double ob_fval;
};

bool is_float(const Object* o);
inline double float_value(const Object* o) { return static_cast<const FloatObject*>(o)->ob_fval; }

// A new float; from the free list when it has one (inline: float
// arithmetic in the eval loop makes one per operation).
Object* float_from_double_slow(double value);
[[gnu::always_inline]] inline Object* float_from_double(double value) {
    FloatState& state = interp().float_state;
    FloatObject* op = state.free_list;
    if (GP_UNLIKELY(!op)) return float_from_double_slow(value);
    state.free_list = reinterpret_cast<FloatObject*>(op->ob_type);
    --state.numfree;
    op->ob_refcnt = 1;
    op->ob_type = &float_type;
    incref(&float_type);
    op->ob_fval = value;
    if (tracing::wants(tracing::ALLOC)) tracing::free_list_reused(op, state.numfree);
    return op;
}

// decref of an exact float: when it dies it goes onto the free list
// without the indirect call through tp_dealloc (CPython:
// _Py_DECREF_SPECIALIZED with _PyFloat_ExactDealloc).
void float_free(Object* op);  // the full list: freed for good
[[gnu::always_inline]] inline void decref_exact_float(Object* op) {
    if (tracing::wants(tracing::REFCOUNT))
        tracing::refcount_changed(op, op->ob_refcnt, op->ob_refcnt - 1);
    if (--op->ob_refcnt != 0) return;
    FloatState& state = interp().float_state;
    if (GP_UNLIKELY(state.numfree >= FloatState::MAXFREELIST)) {
        float_free(op);
        return;
    }
    if (tracing::wants(tracing::FREE)) tracing::free_list_kept(op, state.numfree + 1);
    decref(&float_type);
    op->ob_type = reinterpret_cast<TypeObject*>(state.free_list);
    state.free_list = static_cast<FloatObject*>(op);
    ++state.numfree;
}
// Frees the floats kept for reuse (CPython: _PyFloat_ClearFreeList); a
// collection of the oldest generation does it.
void float_clear_free_list();
// How many floats the free list holds now (for tests and sys._debugmallocstats).
int float_free_list_size();

// A real number as a double (CPython: PyFloat_AsDouble): a float, an int,
// or anything with __float__ or __index__; TypeError "must be real number,
// not X" for anything else.
bool float_as_double(Object* o, double* out);

// float(text): surrounding whitespace, a sign, '_' between digits,
// 'inf'/'infinity'/'nan' in any case, Unicode decimal digits; ValueError
// "could not convert string to float: 'x'".
Object* float_from_string(std::u32string_view text);

// ---- arithmetic (the slots; builtins and complex call them directly) ------------------------
Object* float_add(Object* a, Object* b);
Object* float_sub(Object* a, Object* b);
Object* float_mul(Object* a, Object* b);
Object* float_true_divide(Object* a, Object* b);
Object* float_floor_divide(Object* a, Object* b);
Object* float_remainder(Object* a, Object* b);
Object* float_divmod(Object* a, Object* b);  // a tuple (q, r)
Object* float_pow(Object* a, Object* b, Object* mod);  // mod: null or None
Object* float_richcompare(Object* a, Object* b, int op);
// Python's floor division and modulo of two doubles, divisor non-zero
// (CPython's _float_div_mod): the remainder has the divisor's sign.
void float_div_mod(double vx, double wx, double* floordiv, double* mod);

// hash() of a double: equal to the hash of the equal int or Fraction;
// inf -> 314159, -inf -> -314159, a NaN hashes by the address of `inst`
// (CPython's _Py_HashDouble).
ssize_t hash_double(Object* inst, double v);

// ---- methods ----------------------------------------------------------------------------------
bool float_is_integer(double v);
// float.as_integer_ratio(): the lowest-terms pair, denominator a power of 2.
bool float_as_integer_ratio(double v, Object** numerator, Object** denominator);
// round(x) (ndigits null or None: an int, ties to even) and round(x, n) (a
// float, exactly as CPython's correctly rounded decimal method).
Object* float_round(double x, Object* ndigits);

}  // namespace glasspy::rt
