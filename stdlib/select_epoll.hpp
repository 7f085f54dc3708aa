// select.epoll, the part of the select module that is Linux's own
// (select_epoll.cpp); select_module.cpp adds it to the module.
#pragma once

#include "runtime/object.hpp"

namespace glasspy::stdlib {

// Puts epoll() and the EPOLL* constants into the select module.
bool add_epoll(rt::Object* module);

}  // namespace glasspy::stdlib
