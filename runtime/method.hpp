// Bound methods (CPython: Objects/classobject.c).  `obj.f` where f is a
// function found on obj's class makes one: calling it calls f with obj
// first.  The eval loop avoids making them for `obj.f(...)` (LOAD_METHOD),
// and CALL unpacks one that was made anyway, so they cost nothing on the
// common path.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

struct MethodObject : Object {
    Object* im_func;  // the function (any callable)
    Object* im_self;  // the instance it is bound to
};

extern TypeObject method_type;

// A new bound method of func to self.
Object* method_new(Object* func, Object* self);
inline bool is_method(const Object* o) { return o->ob_type == &method_type; }

}  // namespace glasspy::rt
