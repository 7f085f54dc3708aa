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

// An iterator over a range whose values all fit in ssize_t
// (range_iter_type): the next value, the step, how many are left.
struct RangeIterObject : Object {
    ssize_t start;
    ssize_t step;
    ssize_t len;
};

// Its next value, or false when it is exhausted: inline, for the eval
// loop's FOR_ITER (CPython 3.12: FOR_ITER_RANGE).
inline bool range_iter_step(RangeIterObject* it, ssize_t* value) {
    if (it->len <= 0) return false;
    *value = it->start;
    // Unsigned arithmetic: the last step may pass the end of ssize_t.
    it->start = static_cast<ssize_t>(static_cast<std::size_t>(it->start) + static_cast<std::size_t>(it->step));
    it->len--;
    return true;
}

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
