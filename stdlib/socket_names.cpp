// The _socket module's name services and conversions (CPython:
// Modules/socketmodule.c): the host's name, resolving names to addresses
// (getaddrinfo, gethostbyname), byte order (htons & co.) and IPv4/IPv6
// addresses between text and packed bytes (inet_aton & co.).
// Resolving may ask a DNS server: it runs with the GIL released.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <unistd.h>

#include <climits>
#include <cstdint>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/gil.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/socket_address.hpp"
#include "stdlib/socket_parts.hpp"

namespace glasspy::stdlib {

using namespace rt;

void set_gai_error(int code) {
    // gaierror is a class of the _socket module (made in socket_module.cpp).
    Ref<> module = Ref<>::steal(import_module("_socket"));
    Ref<> type = module ? Ref<>::steal(get_attr_str(module.get(), "gaierror")) : Ref<>();
    if (!type) return;
    Ref<> number = Ref<>::steal(int_from_ssize(code));
    Ref<> message = Ref<>::steal(str_from_utf8(gai_strerror(code)));
    if (!number || !message) return;
    Object* argv[] = {number.get(), message.get()};
    Ref<> error = Ref<>::steal(call(type.get(), argv, 2));
    if (error) set_exception(error.get());
}

namespace {

// ---- names -----------------------------------------------------------------------------------------

Object* sock_gethostname(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("gethostname", nargs, kwnames)) return nullptr;
    char name[HOST_NAME_MAX + 1] = {};
    if (::gethostname(name, sizeof name - 1) < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return str_from_utf8(name);
}

bool name_arg(Object* o, const char* fname, std::string* out) {
    std::string_view raw;
    if (is_str(o)) {
        *out = str_to_utf8(o);
    } else if (bytes_like_view(o, &raw)) {
        *out = std::string(raw);
    } else {
        set_error_fmt(&exc::TypeError, "{}() argument 1 must be str, bytes or bytearray, not {}", fname,
                      type_name(o));
        return false;
    }
    return true;
}

// gethostbyname(name) -> the IPv4 address, as text.
Object* sock_gethostbyname(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("gethostbyname", kwnames) || !check_one_arg("gethostbyname", nargs, nullptr))
        return nullptr;
    std::string host;
    if (!name_arg(args[0], "gethostbyname", &host)) return nullptr;
    Ref<> port = Ref<>::steal(int_from_ssize(0));
    Ref<> address = Ref<>::steal(port ? tuple_pack({args[0], port.get()}) : nullptr);
    SockAddr addr;
    if (!address || !sockaddr_from_object(AF_INET, address.get(), "gethostbyname", &addr)) return nullptr;
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(addr.get())->sin_addr, text, sizeof text);
    return str_from_utf8(text);
}

// The host or port of getaddrinfo: None, str or bytes (a port also an int).
bool optional_text(Object* o, bool allow_int, std::string* out, bool* present) {
    *present = o != None();
    if (!*present) return true;
    std::string_view raw;
    if (allow_int && is_int(o)) {
        ssize_t v;
        if (!arg_ssize(o, &v)) return false;
        *out = std::to_string(v);
    } else if (is_str(o)) {
        *out = str_to_utf8(o);
    } else if (is_bytes(o)) {
        *out = std::string(bytes_view(o));
    } else if (allow_int) {
        set_error(&exc::OSError, "Int or String expected");
        return false;
    } else {
        set_error(&exc::TypeError, "getaddrinfo() argument 1 must be string or None");
        return false;
    }
    return true;
}

Object* address_info_tuple(const addrinfo* ai) {
    Ref<> family = Ref<>::steal(int_from_ssize(ai->ai_family));
    Ref<> type = Ref<>::steal(int_from_ssize(ai->ai_socktype));
    Ref<> proto = Ref<>::steal(int_from_ssize(ai->ai_protocol));
    Ref<> canon = Ref<>::steal(str_from_utf8(ai->ai_canonname ? ai->ai_canonname : ""));
    Ref<> addr = Ref<>::steal(sockaddr_to_object(ai->ai_addr, ai->ai_addrlen));
    if (!family || !type || !proto || !canon || !addr) return nullptr;
    return tuple_pack({family.get(), type.get(), proto.get(), canon.get(), addr.get()});
}

// getaddrinfo(host, port, family, type, proto, flags) -> [(family, type,
// proto, canonname, sockaddr), ...]; socket.py turns the numbers into enums.
Object* sock_getaddrinfo(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("getaddrinfo", nargs, 6, 6)) return nullptr;
    std::string host, port;
    bool has_host, has_port;
    addrinfo hints{};
    if (!optional_text(args[0], false, &host, &has_host) || !optional_text(args[1], true, &port, &has_port) ||
        !arg_int(args[2], &hints.ai_family) || !arg_int(args[3], &hints.ai_socktype) ||
        !arg_int(args[4], &hints.ai_protocol) || !arg_int(args[5], &hints.ai_flags))
        return nullptr;
    addrinfo* found = nullptr;
    int code;
    {
        GilReleased released;
        code = getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &found);
    }
    if (code != 0) {
        set_gai_error(code);
        return nullptr;
    }
    Ref<> list = Ref<>::steal(list_new(0));
    for (const addrinfo* ai = found; list && ai; ai = ai->ai_next) {
        Ref<> item = Ref<>::steal(address_info_tuple(ai));
        if (!item || list_append(list.get(), item.get()) < 0) list = Ref<>();
    }
    freeaddrinfo(found);
    return list.release();
}

// ---- byte order ------------------------------------------------------------------------------------

template <typename T>
bool unsigned_arg(const char* fname, Object* o, int bits, T* out) {
    if (!is_int(o)) {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
        return false;
    }
    std::int64_t v;
    if (int_sign(o) < 0) {
        set_error_fmt(&exc::OverflowError, "{}: can't convert negative Python int to C {}-bit unsigned integer",
                      fname, bits);
        return false;
    }
    if (!int_fits_i64(o, &v) || (bits == 16 && v > 0xffff) || (bits == 32 && v > 0xffffffffLL)) {
        set_error_fmt(&exc::OverflowError, "{}: Python int too large to convert to C {}-bit unsigned integer", fname,
                      bits);
        return false;
    }
    *out = static_cast<T>(v);
    return true;
}

#define GP_BYTE_ORDER(fname, type, bits, convert)                                   \
    Object* sock_##fname(Object*, Object* const* args, ssize_t nargs, Object*) {   \
        type v;                                                                    \
        if (!check_positional(#fname, nargs, 1, 1) || !unsigned_arg(#fname, args[0], bits, &v)) \
            return nullptr;                                                        \
        return int_from_u64(convert(v));                                           \
    }
GP_BYTE_ORDER(htons, std::uint16_t, 16, htons)
GP_BYTE_ORDER(ntohs, std::uint16_t, 16, ntohs)
GP_BYTE_ORDER(htonl, std::uint32_t, 32, htonl)
GP_BYTE_ORDER(ntohl, std::uint32_t, 32, ntohl)
#undef GP_BYTE_ORDER

// ---- addresses as text and as bytes ----------------------------------------------------------------

// inet_aton(text) -> 4 bytes; accepts the old short forms ('1.2.3').
Object* sock_inet_aton(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("inet_aton", nargs, 1, 1)) return nullptr;
    if (!arg_str(args[0], "inet_aton", "argument")) return nullptr;
    in_addr packed{};
    if (::inet_aton(str_to_utf8(args[0]).c_str(), &packed) == 0) {
        set_error(&exc::OSError, "illegal IP address string passed to inet_aton");
        return nullptr;
    }
    return bytes_from(std::string_view(reinterpret_cast<const char*>(&packed), sizeof packed));
}

Object* sock_inet_ntoa(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("inet_ntoa", nargs, 1, 1)) return nullptr;
    std::string_view raw;
    if (!bytes_like_view(args[0], &raw)) {
        set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(args[0]));
        return nullptr;
    }
    if (raw.size() != 4) {
        set_error(&exc::OSError, "packed IP wrong length for inet_ntoa");
        return nullptr;
    }
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, raw.data(), text, sizeof text);
    return str_from_utf8(text);
}

Object* sock_inet_pton(Object*, Object* const* args, ssize_t nargs, Object*) {
    int family;
    if (!check_arg_count("inet_pton", nargs, 2, 2) || !arg_int(args[0], &family) ||
        !arg_str(args[1], "inet_pton", "argument 2"))
        return nullptr;
    unsigned char packed[sizeof(in6_addr)];
    int result = ::inet_pton(family, str_to_utf8(args[1]).c_str(), packed);
    if (result < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    if (result == 0) {
        set_error(&exc::OSError, "illegal IP address string passed to inet_pton");
        return nullptr;
    }
    std::size_t size = family == AF_INET ? sizeof(in_addr) : sizeof(in6_addr);
    return bytes_from(std::string_view(reinterpret_cast<const char*>(packed), size));
}

Object* sock_inet_ntop(Object*, Object* const* args, ssize_t nargs, Object*) {
    int family;
    std::string_view raw;
    if (!check_arg_count("inet_ntop", nargs, 2, 2) || !arg_int(args[0], &family)) return nullptr;
    if (!bytes_like_view(args[1], &raw)) {
        set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(args[1]));
        return nullptr;
    }
    std::size_t want = family == AF_INET ? sizeof(in_addr) : family == AF_INET6 ? sizeof(in6_addr) : 0;
    if (want == 0) {
        set_error(&exc::ValueError, "unknown address family");
        return nullptr;
    }
    if (raw.size() != want) {
        set_error(&exc::ValueError, "invalid length of packed IP address string");
        return nullptr;
    }
    char text[INET6_ADDRSTRLEN];
    inet_ntop(family, raw.data(), text, sizeof text);
    return str_from_utf8(text);
}

}  // namespace

const BuiltinDef SOCKET_NAME_FUNCTIONS[] = {
    {"gethostname", sock_gethostname, "Return the current host name."},
    {"gethostbyname", sock_gethostbyname, "Return the IP address (a string of the form '255.255.255.255') for a host."},
    {"_getaddrinfo", sock_getaddrinfo, "_getaddrinfo(host, port, family, type, proto, flags) -> list of 5-tuples"},
    {"htons", sock_htons, "Convert a 16-bit unsigned integer from host to network byte order."},
    {"ntohs", sock_ntohs, "Convert a 16-bit unsigned integer from network to host byte order."},
    {"htonl", sock_htonl, "Convert a 32-bit integer from host to network byte order."},
    {"ntohl", sock_ntohl, "Convert a 32-bit integer from network to host byte order."},
    {"inet_aton", sock_inet_aton, "Convert an IP address in string format (123.45.67.89) to 32-bit packed binary."},
    {"inet_ntoa", sock_inet_ntoa, "Convert an IP address from 32-bit packed binary format to string format."},
    {"inet_pton", sock_inet_pton, "Convert an IP address from string format to a packed string."},
    {"inet_ntop", sock_inet_ntop, "Convert a packed IP address of the given family to string format."},
    {nullptr, nullptr, nullptr},
};

}  // namespace glasspy::stdlib
