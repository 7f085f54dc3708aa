// Slot wrappers: a built-in type's slots seen from Python as dunders
// (CPython: wrapperobject and add_operators in Objects/descrobject.c and
// Objects/typeobject.c).  int.__add__, object.__init__, list.__getitem__
// are wrapper descriptors: calling one calls the slot of the type that
// defines it, so super().__init__() in a class reaches object's tp_init.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

struct WrapperDef;

struct WrapperDescrObject : Object {
    TypeObject* d_type;  // owned
    const WrapperDef* d_base;
};

extern TypeObject wrapper_descr_type;

inline bool is_wrapper_descr(const Object* o) { return o->ob_type == &wrapper_descr_type; }
// The built-in type whose slot the descriptor wraps, or null if o is not
// a slot wrapper.
TypeObject* wrapper_owner(const Object* o);
// The dunder name a slot wrapper was made for ("__repr__"), or null if o
// is not a slot wrapper.
const char* wrapper_name(const Object* o);
// The built-in type whose tp_new o exposes as __new__ (object.__new__), or
// null.
TypeObject* new_wrapper_owner(const Object* o);
// Whether o is a slot wrapper that `type` itself defines.
inline bool is_wrapper_of(const Object* o, const TypeObject* type) { return wrapper_owner(o) == type; }
// Calls the wrapped slot on self (args after self, vectorcall shape).
Object* wrapper_call_on(Object* descr, Object* self, Object* const* args, ssize_t nargs, Object* kwnames);

// A slot wrapper bound to an object, `(1).__add__` (method_wrapper.cpp).
struct MethodWrapperObject : Object {
    Object* descr;  // the slot wrapper (owned)
    Object* self;   // owned
};
extern TypeObject method_wrapper_type;
Object* method_wrapper_new(Object* descr, Object* self);

}  // namespace glasspy::rt
