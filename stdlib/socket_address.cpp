// Socket addresses; see socket_address.hpp.
#include "stdlib/socket_address.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/un.h>

#include <cstddef>
#include <cstring>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// A host as the C library wants it: str (UTF-8) or bytes-like.
bool host_text(Object* o, std::string* out) {
    std::string_view raw;
    if (is_str(o)) {
        *out = str_to_utf8(o);
    } else if (bytes_like_view(o, &raw)) {
        *out = std::string(raw);
    } else {
        set_error_fmt(&exc::TypeError, "str, bytes or bytearray expected, not {}", type_name(o));
        return false;
    }
    return true;
}

// The IPv4/IPv6 address of a host (CPython: setipaddr): numbers are read as
// they are; a name is resolved with getaddrinfo, with the GIL released.
bool resolve_host(const std::string& host, int family, void* out) {
    if (family == AF_INET && host.empty()) {
        static_cast<in_addr*>(out)->s_addr = htonl(INADDR_ANY);
        return true;
    }
    if (family == AF_INET6 && host.empty()) {
        *static_cast<in6_addr*>(out) = in6addr_any;
        return true;
    }
    if (family == AF_INET && host == "<broadcast>") {
        static_cast<in_addr*>(out)->s_addr = htonl(INADDR_BROADCAST);
        return true;
    }
    if (inet_pton(family, host.c_str(), out) == 1) return true;
    addrinfo hints{};
    hints.ai_family = family;
    addrinfo* found = nullptr;
    int code;
    {
        GilReleased released;
        code = getaddrinfo(host.c_str(), nullptr, &hints, &found);
    }
    if (code != 0) {
        set_gai_error(code);
        return false;
    }
    if (family == AF_INET)
        *static_cast<in_addr*>(out) = reinterpret_cast<sockaddr_in*>(found->ai_addr)->sin_addr;
    else
        *static_cast<in6_addr*>(out) = reinterpret_cast<sockaddr_in6*>(found->ai_addr)->sin6_addr;
    freeaddrinfo(found);
    return true;
}

bool port_arg(Object* o, const char* caller, in_port_t* out) {
    int port;
    if (!arg_int(o, &port)) return false;
    if (port < 0 || port > 0xffff) {
        set_error_fmt(&exc::OverflowError, "{}(): port must be 0-65535.", caller);
        return false;
    }
    *out = htons(static_cast<std::uint16_t>(port));
    return true;
}

bool inet_address(Object* address, const char* caller, SockAddr* out) {
    if (!is_tuple(address)) {
        set_error_fmt(&exc::TypeError, "{}(): AF_INET address must be tuple, not {}", caller, type_name(address));
        return false;
    }
    if (tuple_size(address) != 2) {
        set_error(&exc::TypeError, "AF_INET address must be a pair (host, port)");
        return false;
    }
    auto* sin = reinterpret_cast<sockaddr_in*>(&out->storage);
    sin->sin_family = AF_INET;
    std::string host;
    if (!host_text(tuple_item(address, 0), &host) || !port_arg(tuple_item(address, 1), caller, &sin->sin_port) ||
        !resolve_host(host, AF_INET, &sin->sin_addr))
        return false;
    out->length = sizeof(sockaddr_in);
    return true;
}

bool inet6_address(Object* address, const char* caller, SockAddr* out) {
    if (!is_tuple(address)) {
        set_error_fmt(&exc::TypeError, "{}(): AF_INET6 address must be tuple, not {}", caller, type_name(address));
        return false;
    }
    ssize_t n = tuple_size(address);
    if (n < 2 || n > 4) {
        set_error(&exc::TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return false;
    }
    auto* sin6 = reinterpret_cast<sockaddr_in6*>(&out->storage);
    sin6->sin6_family = AF_INET6;
    std::string host;
    if (!host_text(tuple_item(address, 0), &host) || !port_arg(tuple_item(address, 1), caller, &sin6->sin6_port))
        return false;
    ssize_t flowinfo = 0;
    ssize_t scope_id = 0;
    if (n > 2 && !arg_ssize(tuple_item(address, 2), &flowinfo)) return false;
    if (n > 3 && !arg_ssize(tuple_item(address, 3), &scope_id)) return false;
    if (flowinfo < 0 || flowinfo > 0xfffff) {
        set_error_fmt(&exc::OverflowError, "{}(): flowinfo must be 0-1048575.", caller);
        return false;
    }
    if (!resolve_host(host, AF_INET6, &sin6->sin6_addr)) return false;
    sin6->sin6_flowinfo = htonl(static_cast<std::uint32_t>(flowinfo));
    sin6->sin6_scope_id = static_cast<std::uint32_t>(scope_id);
    out->length = sizeof(sockaddr_in6);
    return true;
}

bool unix_address(Object* address, SockAddr* out) {
    std::string path;
    std::string_view raw;
    if (is_str(address)) {
        path = str_to_utf8(address);
    } else if (bytes_like_view(address, &raw)) {
        path = std::string(raw);
    } else {
        set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(address));
        return false;
    }
    auto* sun = reinterpret_cast<sockaddr_un*>(&out->storage);
    if (path.size() >= sizeof(sun->sun_path)) {
        set_error(&exc::OSError, "AF_UNIX path too long");
        return false;
    }
    sun->sun_family = AF_UNIX;
    std::memcpy(sun->sun_path, path.data(), path.size());
    out->length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size());
    // A path (not an abstract name) is NUL-terminated for the kernel.
    if (path.empty() || path[0] != '\0') out->length += 1;
    return true;
}

Object* ip_text(int family, const void* addr) {
    char text[INET6_ADDRSTRLEN];
    if (!inet_ntop(family, addr, text, sizeof text)) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return str_from_utf8(text);
}

}  // namespace

bool sockaddr_from_object(int family, Object* address, const char* caller, SockAddr* out) {
    *out = SockAddr{};
    switch (family) {
        case AF_INET: return inet_address(address, caller, out);
        case AF_INET6: return inet6_address(address, caller, out);
        case AF_UNIX: return unix_address(address, out);
        default: set_error_fmt(&exc::OSError, "{}(): bad family", caller); return false;
    }
}

Object* sockaddr_to_object(const sockaddr* sa, socklen_t length) {
    if (length == 0) {
        // An unbound socket of an unknown family, as CPython shows it.
        return new_ref(rt::None()).release();
    }
    switch (sa->sa_family) {
        case AF_INET: {
            auto* sin = reinterpret_cast<const sockaddr_in*>(sa);
            Ref<> host = Ref<>::steal(ip_text(AF_INET, &sin->sin_addr));
            Ref<> port = Ref<>::steal(int_from_ssize(ntohs(sin->sin_port)));
            if (!host || !port) return nullptr;
            return tuple_pack({host.get(), port.get()});
        }
        case AF_INET6: {
            auto* sin6 = reinterpret_cast<const sockaddr_in6*>(sa);
            Ref<> host = Ref<>::steal(ip_text(AF_INET6, &sin6->sin6_addr));
            Ref<> port = Ref<>::steal(int_from_ssize(ntohs(sin6->sin6_port)));
            Ref<> flowinfo = Ref<>::steal(int_from_u64(ntohl(sin6->sin6_flowinfo)));
            Ref<> scope_id = Ref<>::steal(int_from_u64(sin6->sin6_scope_id));
            if (!host || !port || !flowinfo || !scope_id) return nullptr;
            return tuple_pack({host.get(), port.get(), flowinfo.get(), scope_id.get()});
        }
        case AF_UNIX: {
            auto* sun = reinterpret_cast<const sockaddr_un*>(sa);
            std::size_t offset = offsetof(sockaddr_un, sun_path);
            if (length <= offset) return str_from_utf8("");
            std::size_t n = length - offset;
            // Linux's abstract namespace: a name that starts with NUL, as bytes.
            if (sun->sun_path[0] == '\0') return bytes_from(std::string_view(sun->sun_path, n));
            return str_from_utf8(std::string_view(sun->sun_path, strnlen(sun->sun_path, n)));
        }
        default: {
            Ref<> family = Ref<>::steal(int_from_ssize(sa->sa_family));
            Ref<> data = Ref<>::steal(bytes_from(std::string_view(sa->sa_data, sizeof sa->sa_data)));
            if (!family || !data) return nullptr;
            return tuple_pack({family.get(), data.get()});
        }
    }
}

}  // namespace glasspy::stdlib
