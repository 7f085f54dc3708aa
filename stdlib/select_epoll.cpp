// select.epoll: Linux's scalable readiness notification (CPython: the
// pyEpoll_Object half of Modules/selectmodule.c).  Unlike poll(), the set
// of watched descriptors lives in the kernel, behind a descriptor of its
// own (fileno()); register/modify/unregister are epoll_ctl, poll() is
// epoll_wait with the GIL released, retried after a signal (PEP 475).
// selectors.DefaultSelector is EpollSelector when this exists.
#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <climits>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/file_descriptor.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/select_epoll.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

struct EpollObject : Object {
    int epfd;  // -1 once closed
};

EpollObject* as_epoll(Object* o) { return static_cast<EpollObject*>(o); }


bool check_open(Object* self) {
    if (as_epoll(self)->epfd >= 0) return true;
    set_error(&exc::ValueError, "I/O operation on closed epoll object");
    return false;
}

Object* os_error(int err) {
    set_os_error(err, nullptr);
    return nullptr;
}

// epoll_ctl(op, fd, events) for register/modify/unregister.
Object* epoll_control(Object* self, int op, const char* fname, Object* const* args, ssize_t nargs, ssize_t min,
                      ssize_t max) {
    if (!check_positional(fname, nargs, min, max) || !check_open(self)) return nullptr;
    int fd;
    if (!file_descriptor_of(args[0], &fd)) return nullptr;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (nargs > 1) {
        std::int64_t mask;
        if (!is_int(args[1]) || !int_fits_i64(args[1], &mask)) {
            set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(args[1]));
            return nullptr;
        }
        ev.events = static_cast<std::uint32_t>(mask);
    }
    ev.data.fd = fd;
    if (epoll_ctl(as_epoll(self)->epfd, op, fd, &ev) < 0) return os_error(errno);
    return none_ref();
}

Object* epoll_register(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("register", kwnames)) return nullptr;
    return epoll_control(self, EPOLL_CTL_ADD, "register", args, nargs, 1, 2);
}

Object* epoll_modify(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("modify", kwnames)) return nullptr;
    return epoll_control(self, EPOLL_CTL_MOD, "modify", args, nargs, 2, 2);
}

Object* epoll_unregister(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("unregister", kwnames)) return nullptr;
    return epoll_control(self, EPOLL_CTL_DEL, "unregister", args, nargs, 1, 1);
}

// poll(timeout=None, maxevents=-1): timeout in seconds, None or negative
// waits forever; a list of (fd, events).
Object* epoll_poll(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"timeout", "maxevents"};
    static constexpr ArgParser parser{"poll", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !check_open(self)) return nullptr;
    int timeout_ms = -1;
    if (argv[0] && argv[0] != None()) {
        double seconds;
        if (!seconds_arg(argv[0], &seconds)) {
            if (error_matches(&exc::TypeError)) {
                clear_error();
                set_error(&exc::TypeError, "timeout must be an integer or None");
            }
            return nullptr;
        }
        if (seconds >= 0) timeout_ms = static_cast<int>(std::min(std::ceil(seconds * 1e3), double(INT_MAX)));
    }
    int maxevents = -1;
    if (argv[1] && !arg_int(argv[1], &maxevents)) return nullptr;
    if (maxevents == -1) {
        maxevents = FD_SETSIZE - 1;
    } else if (maxevents < 1) {
        set_error_fmt(&exc::ValueError, "maxevents must be greater than 0, got {}", maxevents);
        return nullptr;
    }
    std::vector<epoll_event> events(static_cast<std::size_t>(maxevents));
    using Clock = std::chrono::steady_clock;
    Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(timeout_ms < 0 ? 0 : timeout_ms);
    int n;
    for (;;) {
        int err;
        {
            GilReleased released;
            n = epoll_wait(as_epoll(self)->epfd, events.data(), maxevents, timeout_ms);
            err = errno;
        }
        if (n >= 0) break;
        if (err != EINTR) return os_error(err);
        if (!check_signals()) return nullptr;
        if (timeout_ms > 0) {
            auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
            timeout_ms = left < 0 ? 0 : static_cast<int>(left);
        }
    }
    Ref<> list = Ref<>::steal(list_new(0));
    for (int i = 0; list && i < n; ++i) {
        Ref<> fd = Ref<>::steal(int_from_ssize(events[i].data.fd));
        Ref<> ev = Ref<>::steal(int_from_u64(events[i].events));
        Ref<> pair = Ref<>::steal(fd && ev ? tuple_pack({fd.get(), ev.get()}) : nullptr);
        if (!pair || list_append(list.get(), pair.get()) < 0) list = Ref<>();
    }
    return list.release();
}

Object* epoll_close(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("close", nargs, kwnames)) return nullptr;
    int fd = as_epoll(self)->epfd;
    as_epoll(self)->epfd = -1;
    if (fd >= 0 && ::close(fd) < 0) return os_error(errno);
    return none_ref();
}

Object* epoll_fileno(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("fileno", nargs, kwnames) || !check_open(self)) return nullptr;
    return int_from_ssize(as_epoll(self)->epfd);
}

Object* epoll_enter(Object* self, Object* const*, ssize_t, Object*) {
    if (!check_open(self)) return nullptr;
    return new_ref(self).release();
}

Object* epoll_exit(Object* self, Object* const*, ssize_t, Object*) { return epoll_close(self, nullptr, 0, nullptr); }

Object* epoll_closed(Object* self) { return new_ref(bool_from(as_epoll(self)->epfd < 0)).release(); }

const BuiltinDef EPOLL_METHODS[] = {
    {"register", epoll_register, "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", epoll_modify, "Modify event mask for a registered file descriptor."},
    {"unregister", epoll_unregister, "Remove a registered file descriptor from the epoll object."},
    {"poll", epoll_poll, "Wait for events on the epoll file descriptor."},
    {"close", epoll_close, "Close the epoll control file descriptor."},
    {"fileno", epoll_fileno, "Return the epoll control file descriptor."},
    {"__enter__", epoll_enter, nullptr},
    {"__exit__", epoll_exit, nullptr},
    {nullptr, nullptr, nullptr},
};

const GetSetDef EPOLL_GETSET[] = {
    {"closed", epoll_closed, nullptr, "True if the epoll handler is closed"},
    {nullptr, nullptr, nullptr, nullptr},
};

void epoll_dealloc(Object* self) {
    if (as_epoll(self)->epfd >= 0) ::close(as_epoll(self)->epfd);
    free_object(self);
}

TypeObject make_epoll_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "select.epoll";
    t.tp_basicsize = sizeof(EpollObject);
    t.tp_dealloc = epoll_dealloc;
    t.tp_methods = EPOLL_METHODS;
    t.tp_getset = EPOLL_GETSET;
    return t;
}

TypeObject epoll_type = make_epoll_type();

// select.epoll(sizehint=-1, flags=0): the hint and flags are accepted and
// ignored, as by CPython on today's kernels.
Object* select_epoll(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"sizehint", "flags"};
    static constexpr ArgParser parser{"epoll", kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return os_error(errno);
    Object* o = alloc_object(&epoll_type);
    if (!o) {
        ::close(fd);
        return no_memory();
    }
    as_epoll(o)->epfd = fd;
    return o;
}

const BuiltinDef EPOLL_FUNCTION = {"epoll", select_epoll, "Returns an epolling object."};

struct IntConstant {
    const char* name;
    long value;
};

const IntConstant EPOLL_CONSTANTS[] = {
    {"EPOLLIN", EPOLLIN},           {"EPOLLOUT", EPOLLOUT},         {"EPOLLPRI", EPOLLPRI},
    {"EPOLLERR", EPOLLERR},         {"EPOLLHUP", EPOLLHUP},         {"EPOLLET", long(EPOLLET)},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLRDHUP", EPOLLRDHUP},     {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
    {"EPOLLRDNORM", EPOLLRDNORM},   {"EPOLLRDBAND", EPOLLRDBAND},   {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLLWRBAND", EPOLLWRBAND},   {"EPOLLMSG", EPOLLMSG},         {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
};

}  // namespace

bool add_epoll(Object* module) {
    if (type_ready(&epoll_type) < 0) return false;
    Object* d = module_dict(module);
    Ref<> f = Ref<>::steal(builtin_function_new(&EPOLL_FUNCTION, module));
    if (!f || dict_setitem_str(d, "epoll", f.get()) < 0) return false;
    for (const IntConstant& c : EPOLL_CONSTANTS) {
        Ref<> v = Ref<>::steal(int_from_i64(c.value));
        if (!v || dict_setitem_str(d, c.name, v.get()) < 0) return false;
    }
    return true;
}

}  // namespace glasspy::stdlib
