// types.UnionType: the result of int | str (CPython: Objects/unionobject.c,
// PEP 604).
//
// `X | Y` on classes, None, generic aliases (list[int]) and unions makes a
// union of their arguments: nested unions are flattened, None becomes
// NoneType, duplicates go, and a union of one argument is that argument
// (int | int is int).  isinstance() and issubclass() take a union as they
// take a tuple of its arguments.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject union_type;

// a | b for type, generic alias and union objects: a new union, the single
// argument, or NotImplemented when either operand cannot be in a union.
Object* union_type_or(Object* a, Object* b);
inline bool is_union(const Object* o) { return o->ob_type == &union_type; }
// The union's __args__ (borrowed).
Object* union_args(Object* u);

}  // namespace glasspy::rt
