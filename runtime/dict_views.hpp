// d.keys(), d.values(), d.items(): live views of a dict (CPython:
// Objects/dictobject.c's dictview types).  A view holds the dict, not a
// copy: it sees later changes.  Keys and items views are also set-like
// (==, <, &, |, -, ^ with any set or view, isdisjoint).
#pragma once

#include "runtime/type.hpp"

namespace glasspy::rt {

extern TypeObject dict_keys_type;    // dict_keys
extern TypeObject dict_values_type;  // dict_values
extern TypeObject dict_items_type;   // dict_items

// A new view of d of the given type.
Object* dict_view_new(Object* d, TypeObject* view_type);

}  // namespace glasspy::rt
