// The _socket module's system calls (CPython: Modules/socketmodule.c, the
// sock_* methods).  socket.py's socket class keeps the descriptor, family,
// type and timeout, and calls these with them; the names, conversions and
// constants are in socket_names.cpp and socket_module.cpp, addresses in
// socket_address.cpp.
//
// Timeouts work as CPython's (sock_call_ex): a socket with a timeout is in
// non-blocking mode, and each call first waits with poll() for the
// descriptor to be ready, for what is left of the timeout (TimeoutError
// "timed out" when it runs out), then makes the call; timeout 0 makes the
// call at once (BlockingIOError if it would block); no timeout (-1 here,
// None in Python) blocks in the call itself.  Every wait and call runs with
// the GIL released.  EINTR (a signal) is retried after the signal's handler
// ran, so Ctrl-C raises KeyboardInterrupt in the main thread (PEP 475).
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/socket_address.hpp"
#include "stdlib/socket_parts.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

using Clock = std::chrono::steady_clock;


// A socket's timeout as socket.py passes it: None (blocking) is -1.
bool timeout_arg(Object* o, double* out) {
    if (o == None()) {
        *out = -1;
        return true;
    }
    return seconds_arg(o, out);
}

// Waits until fd can be read (or written); 1 ready, 0 the deadline passed,
// -1 with the exception set.
int wait_for_fd(int fd, bool writing, Clock::time_point deadline) {
    // A closed socket (-1): poll() would ignore it and wait out the timeout;
    // the call itself reports EBADF instead, as in CPython.
    if (fd < 0) return 1;
    for (;;) {
        auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left < 0) left = 0;
        pollfd p{fd, static_cast<short>(writing ? POLLOUT : POLLIN), 0};
        int n;
        int err;
        {
            GilReleased released;
            n = ::poll(&p, 1, static_cast<int>(left));
            err = errno;
        }
        if (n > 0) return 1;
        if (n == 0) return 0;
        if (err != EINTR) {
            set_os_error(err, nullptr);
            return -1;
        }
        if (!check_signals()) return -1;
    }
}

void set_timeout_error() { set_error(&exc::TimeoutError, "timed out"); }

Clock::time_point deadline_after(double timeout) {
    if (timeout > 1e9) timeout = 1e9;
    return Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeout));
}

// Runs op() (a system call: < 0 with errno when it fails) the way the
// header describes; the result of op, or -1 with the exception set.
template <typename Op>
ssize_t sock_call(int fd, bool writing, double timeout, Op op, Clock::time_point* shared_deadline = nullptr) {
    Clock::time_point deadline = shared_deadline ? *shared_deadline : deadline_after(timeout);
    for (;;) {
        if (timeout > 0) {
            int ready = wait_for_fd(fd, writing, deadline);
            if (ready < 0) return -1;
            if (ready == 0) {
                set_timeout_error();
                return -1;
            }
        }
        ssize_t result;
        int err;
        for (;;) {
            {
                GilReleased released;
                result = op();
                err = errno;
            }
            if (result >= 0) return result;
            if (err != EINTR) break;
            if (!check_signals()) return -1;
        }
        if (timeout > 0 && (err == EWOULDBLOCK || err == EAGAIN)) continue;
        set_os_error(err, nullptr);
        return -1;
    }
}

bool fd_arg(Object* o, int* fd) { return arg_int(o, fd); }

bool data_arg(Object* o, std::string_view* out) {
    if (bytes_like_view(o, out)) return true;
    set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(o));
    return false;
}

// ---- creating and closing --------------------------------------------------------------------

// socket(family, type, proto) -> fd, not inherited by child processes (PEP 446).
Object* sock_socket(Object*, Object* const* args, ssize_t nargs, Object*) {
    int family, type, proto;
    if (!check_positional("socket", nargs, 3, 3) || !arg_int(args[0], &family) || !arg_int(args[1], &type) ||
        !arg_int(args[2], &proto))
        return nullptr;
    int fd = ::socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return int_from_ssize(fd);
}

Object* sock_socketpair(Object*, Object* const* args, ssize_t nargs, Object*) {
    int family, type, proto;
    if (!check_positional("socketpair", nargs, 3, 3) || !arg_int(args[0], &family) || !arg_int(args[1], &type) ||
        !arg_int(args[2], &proto))
        return nullptr;
    int fds[2];
    if (::socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    Ref<> a = Ref<>::steal(int_from_ssize(fds[0]));
    Ref<> b = Ref<>::steal(int_from_ssize(fds[1]));
    if (!a || !b) return nullptr;
    return tuple_pack({a.get(), b.get()});
}

// (family, type, proto) of an open socket: what socket(fileno=fd) adopts.
Object* sock_info(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd;
    if (!check_positional("_info", nargs, 1, 1) || !fd_arg(args[0], &fd)) return nullptr;
    int values[3];
    const int options[3] = {SO_DOMAIN, SO_TYPE, SO_PROTOCOL};
    for (int i = 0; i < 3; ++i) {
        socklen_t len = sizeof values[i];
        if (getsockopt(fd, SOL_SOCKET, options[i], &values[i], &len) < 0) {
            set_os_error(errno, nullptr);
            return nullptr;
        }
    }
    Ref<> f = Ref<>::steal(int_from_ssize(values[0]));
    Ref<> t = Ref<>::steal(int_from_ssize(values[1]));
    Ref<> p = Ref<>::steal(int_from_ssize(values[2]));
    if (!f || !t || !p) return nullptr;
    return tuple_pack({f.get(), t.get(), p.get()});
}

// dup(fd) -> a new descriptor for the same socket, not inheritable.
Object* sock_dup(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd;
    if (!check_positional("dup", nargs, 1, 1) || !fd_arg(args[0], &fd)) return nullptr;
    int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return int_from_ssize(copy);
}

// close(fd): ECONNRESET is not an error here, as in CPython (the peer went first).
Object* sock_close(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd;
    if (!check_positional("close", nargs, 1, 1) || !fd_arg(args[0], &fd)) return nullptr;
    int result;
    int err;
    {
        GilReleased released;
        result = ::close(fd);
        err = errno;
    }
    if (result < 0 && err != ECONNRESET) {
        set_os_error(err, nullptr);
        return nullptr;
    }
    return none_ref();
}

// set_blocking(fd, flag): O_NONBLOCK off or on (settimeout uses it).
Object* sock_set_blocking(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd;
    if (!check_positional("_set_blocking", nargs, 2, 2) || !fd_arg(args[0], &fd)) return nullptr;
    int blocking = is_true(args[1]);
    if (blocking < 0) return nullptr;
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0) flags = fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK);
    if (flags < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

// ---- addresses and connections ---------------------------------------------------------------

// bind(fd, family, address)
Object* sock_bind(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, family;
    SockAddr addr;
    if (!check_positional("bind", nargs, 3, 3) || !fd_arg(args[0], &fd) || !arg_int(args[1], &family) ||
        !sockaddr_from_object(family, args[2], "bind", &addr))
        return nullptr;
    if (::bind(fd, addr.get(), addr.length) < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

Object* sock_listen(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, backlog;
    if (!check_positional("listen", nargs, 2, 2) || !fd_arg(args[0], &fd) || !arg_int(args[1], &backlog))
        return nullptr;
    if (::listen(fd, backlog < 0 ? 0 : backlog) < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

// accept(fd, timeout) -> (new fd, address of the peer)
Object* sock_accept(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd;
    double timeout;
    if (!check_positional("accept", nargs, 2, 2) || !fd_arg(args[0], &fd) || !timeout_arg(args[1], &timeout))
        return nullptr;
    SockAddr addr;
    ssize_t conn = sock_call(fd, false, timeout, [&] {
        addr.length = sizeof addr.storage;
        return static_cast<ssize_t>(::accept4(fd, addr.get(), &addr.length, SOCK_CLOEXEC));
    });
    if (conn < 0) return nullptr;
    Ref<> new_fd = Ref<>::steal(int_from_ssize(conn));
    Ref<> peer = Ref<>::steal(sockaddr_to_object(addr.get(), addr.length));
    if (!new_fd || !peer) {
        ::close(static_cast<int>(conn));
        return nullptr;
    }
    return tuple_pack({new_fd.get(), peer.get()});
}

// The error of a connect() that went on in the background (EINPROGRESS,
// or interrupted): wait until the socket is writable, then ask SO_ERROR.
int finish_connect(int fd, double timeout, bool* timed_out) {
    Clock::time_point deadline = deadline_after(timeout < 0 ? 1e9 : timeout);
    int ready = wait_for_fd(fd, true, deadline);
    if (ready < 0) return -1;
    if (ready == 0) {
        *timed_out = true;
        return EWOULDBLOCK;
    }
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) return errno;
    return err;
}

// connect(fd, family, address, timeout, raise_error) -> errno (0: connected);
// with raise_error, an error raises instead (connect versus connect_ex).
Object* sock_connect(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, family;
    double timeout;
    SockAddr addr;
    if (!check_positional("connect", nargs, 5, 5) || !fd_arg(args[0], &fd) || !arg_int(args[1], &family) ||
        !timeout_arg(args[3], &timeout) || !sockaddr_from_object(family, args[2], "connect", &addr))
        return nullptr;
    int raise_error = is_true(args[4]);
    if (raise_error < 0) return nullptr;
    int result;
    int err;
    {
        GilReleased released;
        result = ::connect(fd, addr.get(), addr.length);
        err = result < 0 ? errno : 0;
    }
    bool timed_out = false;
    if (err == EINTR) {
        if (!check_signals()) return nullptr;
        err = timeout == 0 ? EWOULDBLOCK : finish_connect(fd, timeout, &timed_out);
    } else if (err == EINPROGRESS && timeout > 0) {
        err = finish_connect(fd, timeout, &timed_out);
    }
    if (err < 0) return nullptr;
    if (err != 0 && raise_error) {
        if (timed_out)
            set_timeout_error();
        else
            set_os_error(err, nullptr);
        return nullptr;
    }
    return int_from_ssize(err);
}

Object* sock_shutdown(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, how;
    if (!check_positional("shutdown", nargs, 2, 2) || !fd_arg(args[0], &fd) || !arg_int(args[1], &how))
        return nullptr;
    if (::shutdown(fd, how) < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

// getsockname(fd) / getpeername(fd)
Object* socket_name(const char* fname, int (*get)(int, sockaddr*, socklen_t*), Object* const* args, ssize_t nargs) {
    int fd;
    if (!check_positional(fname, nargs, 1, 1) || !fd_arg(args[0], &fd)) return nullptr;
    SockAddr addr;
    addr.length = sizeof addr.storage;
    if (get(fd, addr.get(), &addr.length) < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return sockaddr_to_object(addr.get(), addr.length);
}

Object* sock_getsockname(Object*, Object* const* args, ssize_t nargs, Object*) {
    return socket_name("getsockname", ::getsockname, args, nargs);
}

Object* sock_getpeername(Object*, Object* const* args, ssize_t nargs, Object*) {
    return socket_name("getpeername", ::getpeername, args, nargs);
}

// ---- options ---------------------------------------------------------------------------------------

// setsockopt(fd, level, option, value): an int, or bytes passed as they are.
Object* sock_setsockopt(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, level, option;
    if (!check_positional("setsockopt", nargs, 4, 4) || !fd_arg(args[0], &fd) || !arg_int(args[1], &level) ||
        !arg_int(args[2], &option))
        return nullptr;
    int result;
    std::string_view raw;
    if (is_int(args[3])) {
        int value;
        if (!arg_int(args[3], &value)) return nullptr;
        result = ::setsockopt(fd, level, option, &value, sizeof value);
    } else if (bytes_like_view(args[3], &raw)) {
        result = ::setsockopt(fd, level, option, raw.data(), static_cast<socklen_t>(raw.size()));
    } else {
        set_error_fmt(&exc::TypeError, "a bytes-like object is required, not '{}'", type_name(args[3]));
        return nullptr;
    }
    if (result < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

// getsockopt(fd, level, option, buflen): an int when buflen is 0, else bytes.
Object* sock_getsockopt(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, level, option, buflen;
    if (!check_positional("getsockopt", nargs, 4, 4) || !fd_arg(args[0], &fd) || !arg_int(args[1], &level) ||
        !arg_int(args[2], &option) || !arg_int(args[3], &buflen))
        return nullptr;
    if (buflen == 0) {
        int value = 0;
        socklen_t len = sizeof value;
        if (::getsockopt(fd, level, option, &value, &len) < 0) {
            set_os_error(errno, nullptr);
            return nullptr;
        }
        return int_from_ssize(value);
    }
    if (buflen < 0 || buflen > 1024) {
        set_error(&exc::OSError, "getsockopt buflen out of range");
        return nullptr;
    }
    std::string buf(static_cast<std::size_t>(buflen), '\0');
    socklen_t len = static_cast<socklen_t>(buflen);
    if (::getsockopt(fd, level, option, buf.data(), &len) < 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    buf.resize(len);
    return bytes_from(buf);
}

// ---- data ------------------------------------------------------------------------------------------

// Writes never raise SIGPIPE: a closed peer is BrokenPipeError, as in CPython
// (which ignores SIGPIPE at start-up).
constexpr int SEND_FLAGS = MSG_NOSIGNAL;

// send(fd, data, flags, timeout) -> bytes sent
Object* sock_send(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, flags;
    double timeout;
    std::string_view data;
    if (!check_positional("send", nargs, 4, 4) || !fd_arg(args[0], &fd) || !data_arg(args[1], &data) ||
        !arg_int(args[2], &flags) || !timeout_arg(args[3], &timeout))
        return nullptr;
    ssize_t n = sock_call(fd, true, timeout, [&] { return ::send(fd, data.data(), data.size(), flags | SEND_FLAGS); });
    return n < 0 ? nullptr : int_from_ssize(n);
}

// sendall(fd, data, flags, timeout): the timeout is for the whole of it.
Object* sock_sendall(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, flags;
    double timeout;
    std::string_view data;
    if (!check_positional("sendall", nargs, 4, 4) || !fd_arg(args[0], &fd) || !data_arg(args[1], &data) ||
        !arg_int(args[2], &flags) || !timeout_arg(args[3], &timeout))
        return nullptr;
    Clock::time_point deadline = deadline_after(timeout);
    while (!data.empty()) {
        ssize_t n = sock_call(
            fd, true, timeout, [&] { return ::send(fd, data.data(), data.size(), flags | SEND_FLAGS); }, &deadline);
        if (n < 0) return nullptr;
        data.remove_prefix(static_cast<std::size_t>(n));
        // Between chunks, Ctrl-C is noticed even if no call was interrupted.
        if (!data.empty() && !check_signals()) return nullptr;
    }
    return none_ref();
}

// sendto(fd, data, flags, family, address, timeout) -> bytes sent
Object* sock_sendto(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, flags, family;
    double timeout;
    std::string_view data;
    SockAddr addr;
    if (!check_positional("sendto", nargs, 6, 6) || !fd_arg(args[0], &fd) || !data_arg(args[1], &data) ||
        !arg_int(args[2], &flags) || !arg_int(args[3], &family) || !timeout_arg(args[5], &timeout) ||
        !sockaddr_from_object(family, args[4], "sendto", &addr))
        return nullptr;
    ssize_t n = sock_call(fd, true, timeout, [&] {
        return ::sendto(fd, data.data(), data.size(), flags | SEND_FLAGS, addr.get(), addr.length);
    });
    return n < 0 ? nullptr : int_from_ssize(n);
}

bool bufsize_arg(const char* fname, Object* o, ssize_t* out) {
    if (!arg_ssize(o, out)) return false;
    if (*out < 0) {
        set_error_fmt(&exc::ValueError, "negative buffersize in {}", fname);
        return false;
    }
    return true;
}

// recv(fd, bufsize, flags, timeout) -> bytes (b'' at end of stream)
Object* sock_recv(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, flags;
    ssize_t size;
    double timeout;
    if (!check_positional("recv", nargs, 4, 4) || !fd_arg(args[0], &fd) || !bufsize_arg("recv", args[1], &size) ||
        !arg_int(args[2], &flags) || !timeout_arg(args[3], &timeout))
        return nullptr;
    std::string buf(static_cast<std::size_t>(size), '\0');
    ssize_t n = sock_call(fd, false, timeout, [&] { return ::recv(fd, buf.data(), buf.size(), flags); });
    if (n < 0) return nullptr;
    buf.resize(static_cast<std::size_t>(n));
    return bytes_from(buf);
}

// recvfrom(fd, bufsize, flags, timeout) -> (bytes, address)
Object* sock_recvfrom(Object*, Object* const* args, ssize_t nargs, Object*) {
    int fd, flags;
    ssize_t size;
    double timeout;
    if (!check_positional("recvfrom", nargs, 4, 4) || !fd_arg(args[0], &fd) ||
        !bufsize_arg("recvfrom", args[1], &size) || !arg_int(args[2], &flags) || !timeout_arg(args[3], &timeout))
        return nullptr;
    std::string buf(static_cast<std::size_t>(size), '\0');
    SockAddr addr;
    ssize_t n = sock_call(fd, false, timeout, [&] {
        addr.length = sizeof addr.storage;
        return ::recvfrom(fd, buf.data(), buf.size(), flags, addr.get(), &addr.length);
    });
    if (n < 0) return nullptr;
    buf.resize(static_cast<std::size_t>(n));
    Ref<> data = Ref<>::steal(bytes_from(buf));
    Ref<> peer = Ref<>::steal(sockaddr_to_object(addr.get(), addr.length));
    if (!data || !peer) return nullptr;
    return tuple_pack({data.get(), peer.get()});
}

}  // namespace

const BuiltinDef SOCKET_CALLS[] = {
    {"_socket_fd", sock_socket, "_socket_fd(family, type, proto) -> a new socket's file descriptor."},
    {"_socketpair", sock_socketpair, "_socketpair(family, type, proto) -> two connected descriptors."},
    {"_info", sock_info, "_info(fd) -> (family, type, proto) of an open socket."},
    {"close", sock_close, "close(fd): close a socket's file descriptor."},
    {"dup", sock_dup, "dup(fd) -> a duplicate of the descriptor."},
    {"_set_blocking", sock_set_blocking, "_set_blocking(fd, flag): clear or set O_NONBLOCK."},
    {"_bind", sock_bind, "_bind(fd, family, address)"},
    {"_listen", sock_listen, "_listen(fd, backlog)"},
    {"_accept", sock_accept, "_accept(fd, timeout) -> (fd, address)"},
    {"_connect", sock_connect, "_connect(fd, family, address, timeout, raise_error) -> errno"},
    {"_shutdown", sock_shutdown, "_shutdown(fd, how)"},
    {"_getsockname", sock_getsockname, "_getsockname(fd) -> address"},
    {"_getpeername", sock_getpeername, "_getpeername(fd) -> address"},
    {"_setsockopt", sock_setsockopt, "_setsockopt(fd, level, option, value)"},
    {"_getsockopt", sock_getsockopt, "_getsockopt(fd, level, option, buflen) -> int or bytes"},
    {"_send", sock_send, "_send(fd, data, flags, timeout) -> count"},
    {"_sendall", sock_sendall, "_sendall(fd, data, flags, timeout)"},
    {"_sendto", sock_sendto, "_sendto(fd, data, flags, family, address, timeout) -> count"},
    {"_recv", sock_recv, "_recv(fd, bufsize, flags, timeout) -> bytes"},
    {"_recvfrom", sock_recvfrom, "_recvfrom(fd, bufsize, flags, timeout) -> (bytes, address)"},
    {nullptr, nullptr, nullptr},
};

}  // namespace glasspy::stdlib
