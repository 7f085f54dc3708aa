// slice objects and the index arithmetic every sequence's slicing shares
// (CPython: Objects/sliceobject.c, Include/sliceobject.h).
//
// A slice holds three arbitrary objects (start, stop, step; None when
// omitted).  Sequences turn it into C++ indices in two steps, as CPython's
// PySlice_Unpack + PySlice_AdjustIndices do: slice_unpack converts the
// three fields (None -> the defaults, ints clamped into ssize_t range),
// slice_adjust_indices clips them to a concrete length and returns how many
// items the slice selects.
//
// Invariants: the fields are owned references and never null.  slice is a
// GC container (its fields may be anything), which is why
// sys.getsizeof(slice(1)) == 56 = 40 + the GC header.  The interpreter keeps
// one freed slice for reuse (CPython 3.11's interp->slice_cache).
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject slice_type;

struct SliceObject : Object {
    Object* start;
    Object* stop;
    Object* step;
};

// The one-slot cache of a freed slice (CPython 3.11: interp->slice_cache),
// held by InterpreterState.
struct SliceState {
    SliceObject* slice_cache = nullptr;
};

// slice(start, stop, step); null arguments mean None.  New reference.
Object* slice_new(Object* start, Object* stop, Object* step);
bool is_slice(const Object* o);

// The slice's fields as C++ integers (CPython: PySlice_Unpack): None gives
// the defaults for the step's sign; values beyond ssize_t are clamped (which
// slice_adjust_indices then clips).  False with TypeError "slice indices
// must be integers or None or have an __index__ method" or ValueError
// "slice step cannot be zero".
[[nodiscard]] bool slice_unpack(Object* slice, ssize_t* start, ssize_t* stop, ssize_t* step);
// Clips start/stop to a sequence of `length` items and returns the number
// of items selected (CPython: PySlice_AdjustIndices).  Cannot fail.
ssize_t slice_adjust_indices(ssize_t length, ssize_t* start, ssize_t* stop, ssize_t step);
// slice.indices(length) as C++ integers: both steps above.  -1 on error.
ssize_t slice_indices(Object* slice, ssize_t length, ssize_t* start, ssize_t* stop,
                      ssize_t* step);

// A subscript key used as a sequence index (CPython: PyNumber_AsSsize_t(key,
// PyExc_IndexError)): ints and objects with __index__; an int too large for
// ssize_t is IndexError "cannot fit 'int' into an index-sized integer".
// Callers check is_index(key) first to give their own TypeError.
bool is_index(const Object* key);
[[nodiscard]] bool index_from_key(Object* key, ssize_t* out);

// The argument checks of the container constructors (tp_new/tp_init take an
// args tuple and a kwargs dict or null): TypeError "list() takes no keyword
// arguments", "range expected at least 1 argument, got 0", "tuple expected
// at most 1 argument, got 2" (CPython: _PyArg_NoKeywords, _PyArg_CheckPositional).
[[nodiscard]] bool check_no_keywords(const char* name, Object* kwargs);
[[nodiscard]] bool check_positional(const char* name, Object* args, ssize_t min, ssize_t max);

// slice.__repr__: "slice(1, None, None)".
Object* slice_repr(Object* slice);

}  // namespace glasspy::rt
