// A read-only view of a mapping (CPython: Objects/descrobject.c
// mappingproxy): what a class's __dict__ returns, so that a class's
// namespace cannot be changed behind the type's back (its method caches
// and slots are computed from it).
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

struct MappingProxyObject : Object {
    Object* mapping;  // owned
};

extern TypeObject mappingproxy_type;

// A new proxy for `mapping`.
Object* mappingproxy_new(Object* mapping);

}  // namespace glasspy::rt
