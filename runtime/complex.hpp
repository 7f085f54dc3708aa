// complex (CPython: Objects/complexobject.c, Include/cpython/complexobject.h).
//
// OWNER: the numbers work (complex.cpp).  A complex is an Object followed by
// two doubles (32 bytes, as in CPython).  There is no free list: CPython 3.11
// has none for complex either.
//
// Invariant: the binary functions take complex, float or int operands on
// either side and return NotImplemented (a new reference) for anything else.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject complex_type;

// CPython's Py_complex.
struct Complex {
    double real;
    double imag;
};

struct ComplexObject : Object {
    Complex cval;
};

Object* complex_from_doubles(double real, double imag);
bool is_complex(const Object* o);
inline Complex complex_value(const Object* o) { return static_cast<const ComplexObject*>(o)->cval; }

// (a_real + a_imag j) ** (b_real + b_imag j) as a new complex; what float's
// ** falls back on for a negative base and a fractional exponent.
Object* complex_pow_values(double a_real, double a_imag, double b_real, double b_imag);

// The arithmetic of CPython's _Py_c_* functions; they set errno to EDOM
// (division by zero, 0 to a negative or complex power) or ERANGE (overflow).
Complex c_sum(Complex a, Complex b);
Complex c_diff(Complex a, Complex b);
Complex c_prod(Complex a, Complex b);
Complex c_quot(Complex a, Complex b);
Complex c_pow(Complex a, Complex b);
double c_abs(Complex z);

}  // namespace glasspy::rt
