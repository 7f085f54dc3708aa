// range (CPython 3.11: Objects/rangeobject.c).
//
// A range is lazy: it stores start, stop, step and its length as Python
// ints (so range(10**20) is fine) and computes each item when asked:
// item i is start + i*step.  sys.getsizeof(range(3)) == 48.
//
// Invariants: the four fields are owned ints, step != 0, and length is
// max(0, ceil((stop - start) / step)), computed once at creation.  range is
// not a GC container (it holds only ints).  Iterating uses C++ integers
// when every value fits in ssize_t (CPython's rangeiterobject) and Python
// ints otherwise (longrangeiterobject).
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject range_type;
extern TypeObject range_iter_type;      // range_iterator
extern TypeObject longrange_iter_type;  // longrange_iterator

struct RangeObject : Object {
    Object* start;
    Object* stop;
    Object* step;
    Object* length;
};

// range(start, stop, step) from ints; ValueError "range() arg 3 must not be
// zero".  range_from_ssize is the shortcut for C++ callers.
Object* range_new(Object* start, Object* stop, Object* step);
Object* range_from_ssize(ssize_t start, ssize_t stop, ssize_t step = 1);
bool is_range(const Object* o);

// len(r): OverflowError if it does not fit in ssize_t.
ssize_t range_length(Object* r);
// r[i] with a C++ index (negative counts from the end); IndexError "range
// object index out of range".
Object* range_item(Object* r, ssize_t i);
// 1/0/-1; r.index(x) (ValueError "x is not in range"), r.count(x).
int range_contains(Object* r, Object* value);
Object* range_index(Object* r, Object* value);
Object* range_count(Object* r, Object* value);

}  // namespace glasspy::rt
