// The descriptors that change how a function in a class binds (CPython:
// Objects/funcobject.c for staticmethod and classmethod,
// Objects/descrobject.c for property).
//
// staticmethod(f): C.f and C().f are f itself.  classmethod(f): C.f and
// C().f are f bound to C.  property(fget, fset, fdel, doc): a data
// descriptor calling its functions on instance access.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

struct StaticMethodObject : Object {
    Object* sm_callable;
    Object* sm_dict;  // __dict__ (3.10+: wraps update it), or null
};

struct PropertyObject : Object {
    Object* prop_get;  // each null or a callable
    Object* prop_set;
    Object* prop_del;
    Object* prop_doc;
    Object* prop_name;  // from __set_name__, for error messages
    bool getter_doc;    // the doc was taken from fget
};

extern TypeObject staticmethod_type;
extern TypeObject classmethod_type;
extern TypeObject property_type;

Object* staticmethod_new(Object* callable);
Object* classmethod_new(Object* callable);

}  // namespace glasspy::rt
