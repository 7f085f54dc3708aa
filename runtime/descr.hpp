// Descriptors for the methods of built-in types (CPython:
// Objects/descrobject.c method_descriptor).
//
// type_ready puts one method descriptor per entry of a type's tp_methods
// into its namespace.  Looked up through an instance it binds: `[].append`
// is a built-in method whose __self__ is the list.  Called through the type
// it takes the instance as its first argument: list.append(l, 1).
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

struct MethodDescrObject : Object {
    TypeObject* d_type;  // the type that defines the method (borrowed: static types)
    const BuiltinDef* d_method;
};

extern TypeObject method_descr_type;
// A descriptor's __qualname__: its class's __qualname__, a dot, its name
// (CPython: descr_get_qualname).
Object* descr_qualname(TypeObject* type, const char* name);
extern TypeObject getset_descr_type;

// A computed attribute of a type's instances (CPython: getset_descriptor):
// `f.__name__` calls its getter with f.
//
// This descriptor and the member descriptor below are also made for
// classes (__dict__, __weakref__, __slots__), so they own their type and
// are containers of the cycle collector, as in CPython: a class's
// namespace holds them and they hold the class.
struct GetSetDescrObject : Object {
    TypeObject* d_type;  // owned
    const GetSetDef* d_getset;
};

Object* getset_descr_new(TypeObject* type, const GetSetDef* def);

// A field of a type's instances (CPython: member_descriptor):
// `range(3).start` reads the RangeObject's start.
extern TypeObject member_descr_type;
struct MemberDescrObject : Object {
    TypeObject* d_type;  // owned (d_member points into a class's HeapTypeObject)
    const MemberDef* d_member;
};

Object* member_descr_new(TypeObject* type, const MemberDef* def);

Object* method_descr_new(TypeObject* type, const BuiltinDef* def);
inline bool is_method_descr(const Object* o) { return o->ob_type == &method_descr_type; }

// A class method of a built-in type (CPython: classmethod_descriptor):
// dict.fromkeys and MyDict.fromkeys are built-in methods bound to the
// class they were looked up on.  Same layout as a method descriptor.
extern TypeObject classmethod_descr_type;
Object* classmethod_descr_new(TypeObject* type, const BuiltinDef* def);

// Calls the method on self (already checked to be an instance).
Object* method_descr_call_on(Object* descr, Object* self, Object* const* args, ssize_t nargs, Object* kwnames);
// Whether self may be passed to the method (TypeError "descriptor 'append'
// for 'list' objects doesn't apply to a 'int' object" if not).
bool method_descr_check(Object* descr, Object* self);

}  // namespace glasspy::rt
