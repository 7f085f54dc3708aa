// The types `object` and `type`, and what makes a type usable: type_ready
// (CPython: Objects/typeobject.c).
//
// Every built-in type is a static TypeObject that its own file defines
// (int_type in int.cpp, ...) and registers with type_ready at start-up
// (runtime_init), which sets its ob_type to `type`, its base to `object` if
// none was given, inherits the slots it leaves empty from its base, and
// computes its MRO.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject object_type;  // `object`
extern TypeObject type_type;    // `type`

// Prepares a type for use; 0 on success, -1 with an exception set.
int type_ready(TypeObject* type);

// Whether a is b or a subclass of it (walks a's MRO: CPython PyType_IsSubtype).
bool is_subtype(const TypeObject* a, const TypeObject* b);
inline bool is_instance_of(const Object* o, const TypeObject* t) { return is_subtype(o->ob_type, t); }

// Looks a name up along a type's MRO without calling descriptors (CPython
// _PyType_Lookup); a borrowed reference or null (no exception set).
Borrowed<> type_lookup(TypeObject* type, Object* name);

// object's slots, shared by types that do not override them.
void object_dealloc(Object* self);
Object* object_repr(Object* self);  // "<module.Name object at 0x...>"
ssize_t object_hash(Object* self);  // from the address, as CPython's _Py_HashPointer
Object* object_richcompare(Object* self, Object* other, int op);

// Starts the runtime: readies every built-in type and creates the
// singletons.  Called once, before any other runtime function.
void runtime_init();

}  // namespace glasspy::rt
