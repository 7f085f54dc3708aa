// The singletons None, NotImplemented and Ellipsis, each the only instance
// of its type (CPython: Objects/object.c, Objects/sliceobject.c).  They are
// static objects that are never freed; their refcounts still move.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject none_type;             // NoneType
extern TypeObject not_implemented_type;  // NotImplementedType
extern TypeObject ellipsis_type;         // ellipsis

extern Object none_object;             // None
extern Object not_implemented_object;  // NotImplemented
extern Object ellipsis_object;         // Ellipsis (...)

inline Object* None() { return &none_object; }
inline Object* NotImplemented() { return &not_implemented_object; }
inline Object* Ellipsis() { return &ellipsis_object; }
// A new reference to None (for functions that return it).
inline Object* none_ref() {
    incref(&none_object);
    return &none_object;
}

}  // namespace glasspy::rt
