// types.SimpleNamespace, written in C++ for sys.implementation
// (namespace_object.cpp).
#pragma once

#include <initializer_list>
#include <utility>

#include "runtime/type.hpp"

namespace glasspy::stdlib {

extern rt::TypeObject namespace_type;

// A SimpleNamespace with these attributes (the values borrowed), or null
// with the error set.
rt::Object* namespace_from(std::initializer_list<std::pair<const char*, rt::Object*>> attributes);

}  // namespace glasspy::stdlib
