// Weak references (CPython: Objects/weakrefobject.c, Modules/_weakref.c).
//
// A weak reference points at an object without owning it: when the object
// dies, every weak reference to it is cleared (calling it then gives None)
// and each one's callback is called with the reference.  An object that can
// be weakly referenced has a slot (at its type's tp_weaklistoffset) holding
// the first of its weak references; they form a doubly-linked list through
// the reference objects, callback-less ones first so that ref(o) can hand
// out the same object again.
//
// Who clears: the deallocation of the referent (subtype_dealloc, modules),
// and the cycle collector for garbage referents before any finalizer runs
// (gc/collector.cpp), so that no callback sees a half-torn object.
#pragma once

#include <vector>

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject weakref_type;  // weakref.ReferenceType

// The slot holding o's first weak reference, or null if o's type has none.
inline Object** weaklist_slot(Object* o) {
    ssize_t offset = o->ob_type->tp_weaklistoffset;
    return offset > 0 ? reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + offset) : nullptr;
}

// weakref.ref(o, callback=None): a new reference, or null with TypeError
// "cannot create weak reference to 'list' object".
Object* weakref_new(Object* referent, Object* callback);

// Clears every weak reference to o, then calls their callbacks (o is dying).
void clear_weakrefs(Object* o);
// The collector's form: clears them and returns those with a callback (new
// references) for the collector to call once it is safe.
void clear_weakrefs_deferred(Object* o, std::vector<Object*>* with_callbacks);
// Calls a cleared reference's callback with it, dropping what it raises.
void call_weakref_callback(Object* ref);

ssize_t weakref_count(Object* o);
Object* weakref_list(Object* o);  // a new list of o's weak references

}  // namespace glasspy::rt
