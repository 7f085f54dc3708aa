// Socket addresses between Python and the C library (CPython: the
// getsockaddrarg and makesockaddr functions of Modules/socketmodule.c).
//
// Python spells an address per family: AF_INET a (host, port) pair,
// AF_INET6 (host, port[, flowinfo[, scope_id]]), AF_UNIX a path (str or
// bytes; a leading NUL byte names Linux's abstract namespace).  A host may
// be a name: it is resolved here, with getaddrinfo, as CPython's setipaddr
// does ('' is INADDR_ANY, '<broadcast>' INADDR_BROADCAST).
#pragma once

#include <sys/socket.h>

#include "runtime/object.hpp"

namespace glasspy::stdlib {

struct SockAddr {
    sockaddr_storage storage{};
    socklen_t length = 0;
    sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
};

// The C address for `address` in `family`; caller ("bind", "connect") goes
// into the messages.  False with TypeError/OverflowError/gaierror set.
bool sockaddr_from_object(int family, rt::Object* address, const char* caller, SockAddr* out);

// The Python form of a C address (a new reference, or null with the error).
rt::Object* sockaddr_to_object(const sockaddr* sa, socklen_t length);

// Raises socket.gaierror(code, gai_strerror(code)) (socket_module.cpp).
void set_gai_error(int code);

}  // namespace glasspy::stdlib
