// super (CPython: Objects/typeobject.c super_*).  super(C, obj).name
// looks name up along type(obj)'s MRO starting after C, and binds it to
// obj; super() inside a method takes C from the method's __class__ cell
// and obj from its first argument.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

struct SuperObject : Object {
    TypeObject* type;     // C: the search starts after it (owned, or null)
    Object* obj;          // what results bind to (owned, or null)
    TypeObject* obj_type; // type(obj), or obj itself when obj is a class (owned, or null)
};

extern TypeObject super_type;

}  // namespace glasspy::rt
