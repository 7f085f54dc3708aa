// The _socket module (CPython: Modules/socketmodule.c): the system calls
// (socket_calls.cpp), name services (socket_names.cpp), the constants of
// <sys/socket.h> & co., and the exceptions gaierror and herror.
// socket.py builds the socket class and the enums on top of it; unlike
// CPython's, this _socket has no socket type of its own: its calls take
// the descriptor, which keeps the C++ side to the system calls themselves.
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/socket_parts.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

struct IntConstant {
    const char* name;
    long value;
};

#define GP_CONST(name) {#name, name}
const IntConstant SOCKET_CONSTANTS[] = {
    GP_CONST(AF_UNSPEC), GP_CONST(AF_INET), GP_CONST(AF_INET6), GP_CONST(AF_UNIX),
    GP_CONST(SOCK_STREAM), GP_CONST(SOCK_DGRAM), GP_CONST(SOCK_RAW), GP_CONST(SOCK_SEQPACKET),
    GP_CONST(SOCK_NONBLOCK), GP_CONST(SOCK_CLOEXEC),
    GP_CONST(SOL_SOCKET), GP_CONST(SO_REUSEADDR), GP_CONST(SO_REUSEPORT), GP_CONST(SO_KEEPALIVE),
    GP_CONST(SO_BROADCAST), GP_CONST(SO_RCVBUF), GP_CONST(SO_SNDBUF), GP_CONST(SO_ERROR), GP_CONST(SO_TYPE),
    GP_CONST(SO_LINGER), GP_CONST(SO_RCVLOWAT), GP_CONST(SO_SNDLOWAT), GP_CONST(SO_DOMAIN),
    GP_CONST(SO_PROTOCOL), GP_CONST(SO_ACCEPTCONN), GP_CONST(SO_OOBINLINE), GP_CONST(SO_DONTROUTE),
    GP_CONST(SOMAXCONN),
    GP_CONST(IPPROTO_IP), GP_CONST(IPPROTO_TCP), GP_CONST(IPPROTO_UDP), GP_CONST(IPPROTO_IPV6),
    GP_CONST(IPPROTO_ICMP), GP_CONST(IPPROTO_RAW),
    GP_CONST(IP_TTL), GP_CONST(IP_TOS), GP_CONST(IP_MULTICAST_TTL), GP_CONST(IP_MULTICAST_LOOP),
    GP_CONST(IP_ADD_MEMBERSHIP), GP_CONST(IP_DROP_MEMBERSHIP), GP_CONST(IPV6_V6ONLY),
    GP_CONST(TCP_NODELAY), GP_CONST(TCP_MAXSEG), GP_CONST(TCP_KEEPIDLE), GP_CONST(TCP_KEEPINTVL),
    GP_CONST(TCP_KEEPCNT),
    GP_CONST(SHUT_RD), GP_CONST(SHUT_WR), GP_CONST(SHUT_RDWR),
    GP_CONST(MSG_PEEK), GP_CONST(MSG_WAITALL), GP_CONST(MSG_DONTWAIT), GP_CONST(MSG_OOB),
    GP_CONST(MSG_NOSIGNAL), GP_CONST(MSG_TRUNC), GP_CONST(MSG_DONTROUTE), GP_CONST(MSG_EOR),
    GP_CONST(AI_PASSIVE), GP_CONST(AI_CANONNAME), GP_CONST(AI_NUMERICHOST), GP_CONST(AI_NUMERICSERV),
    GP_CONST(AI_ADDRCONFIG), GP_CONST(AI_V4MAPPED), GP_CONST(AI_ALL),
    GP_CONST(NI_NUMERICHOST), GP_CONST(NI_NUMERICSERV), GP_CONST(NI_NAMEREQD), GP_CONST(NI_DGRAM),
    GP_CONST(NI_NOFQDN), GP_CONST(NI_MAXHOST), GP_CONST(NI_MAXSERV),
    GP_CONST(EAI_AGAIN), GP_CONST(EAI_BADFLAGS), GP_CONST(EAI_FAIL), GP_CONST(EAI_FAMILY), GP_CONST(EAI_MEMORY),
    GP_CONST(EAI_NONAME), GP_CONST(EAI_SERVICE), GP_CONST(EAI_SOCKTYPE), GP_CONST(EAI_SYSTEM),
    GP_CONST(EAI_OVERFLOW), GP_CONST(EAI_ADDRFAMILY), GP_CONST(EAI_NODATA),
    {"INADDR_ANY", long(INADDR_ANY)}, {"INADDR_BROADCAST", long(INADDR_BROADCAST)},
    {"INADDR_LOOPBACK", long(INADDR_LOOPBACK)}, {"INADDR_NONE", long(INADDR_NONE)},
    {"has_ipv6", 1},
};
#undef GP_CONST

// An exception class of the module, subclassing OSError (CPython: gaierror
// for getaddrinfo's errors, herror for gethostbyaddr's).
bool add_os_error_subclass(Object* d, const char* name) {
    Ref<> bases = Ref<>::steal(tuple_pack({&exc::OSError}));
    Ref<> ns = Ref<>::steal(dict_new());
    Ref<> module_name = Ref<>::steal(str_from_utf8("socket"));
    Ref<> class_name = Ref<>::steal(str_from_utf8(name));
    if (!bases || !ns || !module_name || !class_name || dict_setitem_str(ns.get(), "__module__", module_name.get()) < 0)
        return false;
    Ref<> args = Ref<>::steal(tuple_pack({class_name.get(), bases.get(), ns.get()}));
    Ref<> type = Ref<>::steal(args ? type_new(&type_type, args.get(), nullptr) : nullptr);
    return type && dict_setitem_str(d, name, type.get()) == 0;
}

bool add_functions(Object* m, const BuiltinDef* defs) {
    for (const BuiltinDef* def = defs; def->name; ++def) {
        Ref<> f = Ref<>::steal(builtin_function_new(def, m));
        if (!f || dict_setitem_str(module_dict(m), def->name, f.get()) < 0) return false;
    }
    return true;
}

Object* make_socket_module() {
    Ref<> m = Ref<>::steal(module_new("_socket"));
    if (!m || !add_functions(m.get(), SOCKET_CALLS) || !add_functions(m.get(), SOCKET_NAME_FUNCTIONS)) return nullptr;
    Object* d = module_dict(m.get());
    for (const IntConstant& c : SOCKET_CONSTANTS) {
        Ref<> v = Ref<>::steal(int_from_i64(c.value));
        if (!v || dict_setitem_str(d, c.name, v.get()) < 0) return nullptr;
    }
    // socket.error is OSError and socket.timeout TimeoutError, since 3.3 and 3.10.
    if (dict_setitem_str(d, "error", &exc::OSError) < 0 || dict_setitem_str(d, "timeout", &exc::TimeoutError) < 0 ||
        !add_os_error_subclass(d, "gaierror") || !add_os_error_subclass(d, "herror"))
        return nullptr;
    return m.release();
}

}  // namespace

void register_socket_module() { register_native_module("_socket", make_socket_module); }

}  // namespace glasspy::stdlib
