// math.hypot and math.dist: the length of a vector, computed as CPython
// 3.11 does so that the results agree to the last bit (math_norm.cpp).
#pragma once

#include "runtime/object.hpp"

namespace glasspy::stdlib {

rt::Object* math_hypot(rt::Object*, rt::Object* const* args, rt::ssize_t nargs, rt::Object* kwnames);
rt::Object* math_dist(rt::Object*, rt::Object* const* args, rt::ssize_t nargs, rt::Object* kwnames);

}  // namespace glasspy::stdlib
