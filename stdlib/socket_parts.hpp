// The pieces the _socket module is made of (socket_module.cpp puts them
// together): the system calls on descriptors (socket_calls.cpp) and the
// name services and conversions (socket_names.cpp).  Each table ends with
// an entry whose name is null.
#pragma once

#include "runtime/type.hpp"

namespace glasspy::stdlib {

extern const rt::BuiltinDef SOCKET_CALLS[];
extern const rt::BuiltinDef SOCKET_NAME_FUNCTIONS[];

}  // namespace glasspy::stdlib
