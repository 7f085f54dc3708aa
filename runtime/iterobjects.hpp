// The iterator types behind the built-in functions that return iterators:
// enumerate, zip, map, filter, reversed, and the two iterators iter() makes
// for objects that have no __iter__ of their own: the sequence iterator
// (type name "iterator") and iter(callable, sentinel)'s callable_iterator
// (CPython: Objects/enumobject.c for enumerate and reversed,
// Python/bltinmodule.c for zip/map/filter, Objects/iterobject.c for the
// last two).
//
// All of them are lazy: each holds the iterator(s) it draws from and
// produces one item per tp_iternext call, so map(f, range(10**9)) costs
// nothing until it is consumed.  enumerate, zip, map, filter and reversed
// are types in Python (`isinstance(zip(), zip)` holds), so calling them goes
// through type_call to their tp_new, which checks the arguments with
// CPython's exact messages.
//
// Invariants: every Object* field is an owned reference or null; a field
// becomes null once the iterator is exhausted (the sequence/callable
// iterators and reversed drop what they were reading at the end, as
// CPython's do).  Every instance is a GC container, tracked from creation
// to tp_dealloc, and its tp_traverse visits each non-null field.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject enumerate_type;      // enumerate
extern TypeObject zip_type;            // zip
extern TypeObject map_type;            // map
extern TypeObject filter_type;         // filter
extern TypeObject reversed_type;       // reversed
extern TypeObject seqiter_type;        // iterator
extern TypeObject callable_iter_type;  // callable_iterator

// Readies the types above (type_ready); runtime_init calls it.  Idempotent.
void iterobjects_init();

// An iterator over seq[0], seq[1], ... until IndexError or StopIteration
// (CPython: PySeqIter_New): what iter() returns for an object that has
// __getitem__ but no __iter__.
Object* seqiter_new(Object* seq);
// iter(callable, sentinel): calls callable() until it returns something
// equal to sentinel (CPython: PyCallIter_New).
Object* calliter_new(Object* callable, Object* sentinel);
// reversed(seq): seq.__reversed__() when the type defines it, else an
// iterator over seq[len-1] ... seq[0]; TypeError "'int' object is not
// reversible".
Object* reversed_new(Object* seq);
// Whether o supports the sequence protocol: an integer __getitem__ and not
// a dict (CPython: PySequence_Check).
bool sequence_check(const Object* o);

}  // namespace glasspy::rt
