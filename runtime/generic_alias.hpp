// Parameterised generics of PEP 585 (CPython: Objects/genericaliasobject.c):
// `list[int]` is a types.GenericAlias holding list and (int,).  It prints
// as written, calls its origin, and forwards attribute lookups to it, so
// annotations such as `def f(xs: list[int]) -> dict[str, int]` evaluate.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject generic_alias_type;

// origin[args]: args is a tuple, or one object (wrapped in a 1-tuple).
Object* generic_alias_new(Object* origin, Object* args);

// The __class_getitem__ of the built-in generic classes (list, dict,
// tuple, set, frozenset, type ...): a class method making cls[item].
Object* generic_alias_class_getitem(Object* cls, Object* const* args, ssize_t nargs, Object* kwnames);

}  // namespace glasspy::rt
