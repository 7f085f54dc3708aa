// tuple (CPython: Objects/tupleobject.c, Include/cpython/tupleobject.h).
//
// The items follow the header inline: 24 bytes + 8 per item, plus the GC
// header in front, so sys.getsizeof(()) == 40 and (1,) is 48.
//
// Invariants:
// - The empty tuple is a singleton (one object for every `()`), never
//   tracked by the collector and never freed.
// - A tuple is tracked from creation; tuple_new hands out null items that
//   the caller fills before the tuple is used (tp_traverse skips nulls).
// - Freed tuples of 1..20 items are kept on free lists by size, up to 2000
//   each (CPython 3.11's PyTuple_MAXSAVESIZE / PyTuple_MAXFREELIST), linked
//   through ob_item[0]; the next tuple_new of that size takes the most
//   recently freed one, so its id() is the dead tuple's.
#pragma once

#include <initializer_list>

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject tuple_type;
extern TypeObject tuple_iter_type;  // tuple_iterator

struct TupleObject : VarObject {
    Object* ob_item[1];
};

// The free lists, held by InterpreterState (CPython 3.11: struct
// _Py_tuple_state in pycore_tuple.h).
struct TupleState {
    static constexpr int MAXSAVESIZE = 20;    // PyTuple_MAXSAVESIZE: sizes 1..20 are kept
    static constexpr int MAXFREELIST = 2000;  // PyTuple_MAXFREELIST: per size
    // free_list[n - 1]: freed tuples of n items, linked through ob_item[0].
    TupleObject* free_list[MAXSAVESIZE] = {};
    int numfree[MAXSAVESIZE] = {};
    Object* empty = nullptr;  // the () singleton, made on first use
};

// Frees the tuples kept for reuse (CPython: _PyTuple_ClearFreeList); a
// collection of the oldest generation does it.
void tuple_clear_free_list();
// A new tuple of n items, all null: the caller fills every one (owned
// references) before the tuple is used.
Object* tuple_new(ssize_t n);
// A new tuple holding new references to these items.
Object* tuple_pack(std::initializer_list<Object*> items);
// A new tuple holding new references to items[0..n).
Object* tuple_from_array(Object* const* items, ssize_t n);
inline ssize_t tuple_size(const Object* t) { return static_cast<const VarObject*>(t)->ob_size; }
inline Object* tuple_item(const Object* t, ssize_t i) { return static_cast<const TupleObject*>(t)->ob_item[i]; }
inline Object** tuple_items(Object* t) { return static_cast<TupleObject*>(t)->ob_item; }
bool is_tuple(const Object* o);        // tuple or a subclass
bool is_tuple_exact(const Object* o);  // exactly tuple

// tuple(iterable): a new tuple of the iterable's items (the tuple itself if
// it is an exact tuple).
Object* tuple_from_iterable(Object* iterable);
// t[low:high] with clipped bounds (CPython: PyTuple_GetSlice).
Object* tuple_get_slice(Object* t, ssize_t low, ssize_t high);
// tuple.count(x) and tuple.index(x, start, stop) (ValueError
// "tuple.index(x): x not in tuple"); -1 on error.
ssize_t tuple_count(Object* t, Object* value);
ssize_t tuple_index(Object* t, Object* value, ssize_t start = 0, ssize_t stop = PTRDIFF_MAX);
// tuple.__sizeof__(): 24 + 8n; sys.getsizeof adds the 16-byte GC header.
ssize_t tuple_sizeof(const Object* t);
// Stops tracking a tuple that can never be part of a cycle (all its items
// untracked or atomic): the collector calls this (CPython:
// _PyTuple_MaybeUntrack).
void tuple_maybe_untrack(Object* t);
// Whether an object could be tracked by the collector: a GC type, except a
// tuple that has been untracked (CPython: _PyObject_GC_MAY_BE_TRACKED).
bool gc_may_be_tracked(Object* o);

}  // namespace glasspy::rt
