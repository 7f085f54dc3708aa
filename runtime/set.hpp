// set and frozenset (CPython 3.11: Objects/setobject.c, Include/cpython/setobject.h).
//
// An open-addressing hash table of (key, hash) entries, without the
// dict's separate index: the table *is* the entries, so iteration order is
// table order, not insertion order.  Small sets use the 8 entries inside the
// object (smalltable); larger ones a separate table.  A probe first looks at
// LINEAR_PROBES (9) neighbouring entries — cheap, same cache line — before
// jumping with the perturb recurrence, as CPython does.
//
// Invariants:
// - An entry is unused (key null, hash 0), active, or a dummy (key ==
//   the dummy marker, hash -1) left by a deletion.  fill counts active +
//   dummy, used counts active; the table is resized when fill*5 >= mask*3.
// - table == smalltable while mask == 7.  sys.getsizeof(set()) == 216
//   (200 bytes + the GC header), plus 16 bytes per entry once the table is
//   outside the object.
// - A frozenset's hash is computed once and cached in `hash` (-1 until then).
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject set_type;
extern TypeObject frozenset_type;
extern TypeObject set_iter_type;  // set_iterator

struct SetEntry {
    Object* key;
    ssize_t hash;
};

struct SetObject : Object {
    static constexpr int MINSIZE = 8;  // PySet_MINSIZE
    ssize_t fill;   // active + dummy entries
    ssize_t used;   // active entries
    ssize_t mask;   // table size - 1 (a power of two minus one)
    SetEntry* table;
    ssize_t hash;    // frozenset only: cached hash, -1 before it is computed
    ssize_t finger;  // where set.pop() looks next
    SetEntry smalltable[MINSIZE];
    Object* weakreflist;
};

// set(iterable) / frozenset(iterable); iterable may be null (empty).
Object* set_new(Object* iterable);
Object* frozenset_new(Object* iterable);
bool is_set(const Object* o);        // set or a subclass
bool is_frozenset(const Object* o);  // frozenset or a subclass
bool is_anyset(const Object* o);     // either
inline ssize_t set_size(const Object* s) { return static_cast<const SetObject*>(s)->used; }

// The methods as C++ functions: 0 / new references / truth values; -1 or
// null on error.
int set_add(Object* set, Object* key);
int set_discard(Object* set, Object* key);  // 1 found and removed, 0 not found
int set_remove(Object* set, Object* key);   // KeyError(key) if absent
int set_contains(Object* set, Object* key);
Object* set_pop(Object* set);  // KeyError "pop from an empty set"
int set_update(Object* set, Object* iterable);
void set_clear(Object* set);
Object* set_copy(Object* set);
// These return a set if `set` is a set, a frozenset if it is a frozenset.
Object* set_union(Object* set, Object* other);
Object* set_intersection(Object* set, Object* other);
Object* set_difference(Object* set, Object* other);
Object* set_symmetric_difference(Object* set, Object* other);
int set_issubset(Object* set, Object* other);
int set_issuperset(Object* set, Object* other);
int set_isdisjoint(Object* set, Object* other);
// Iterates in table order: *pos starts at 0; borrowed key.
bool set_next(Object* set, ssize_t* pos, Object** key, ssize_t* hash);
// set.__sizeof__(): 200, plus 16 per entry of an external table.
ssize_t set_sizeof(const Object* set);

}  // namespace glasspy::rt
