// The select module: waiting for several file descriptors at once
// (CPython: Modules/selectmodule.c).  select.select() and select.poll()
// are the system calls of the same names; selectors.py and asyncio's event
// loop are built on them.
//
// Both wait with the GIL released, so other threads run meanwhile.  A
// signal interrupts the wait (the SIGINT handler has no SA_RESTART, so the
// call fails with EINTR): Ctrl-C raises KeyboardInterrupt in the main
// thread; otherwise the call is retried with what is left of the timeout
// (PEP 475), as CPython does.
#include <poll.h>
#include <sys/select.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cmath>
#include <map>
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
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/file_descriptor.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/select_epoll.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

using Clock = std::chrono::steady_clock;

// ---- select.select ------------------------------------------------------------------------------

// One of select()'s three lists: the objects as given (owned, so another
// thread changing the caller's list while the GIL is released cannot free
// them) and the descriptor of each.
struct Watched {
    Ref<> objects;  // a tuple
    std::vector<int> fds;
};

bool watched_from(Object* seq, Watched* out, int* max_fd) {
    if (!is_list(seq) && !is_tuple(seq)) {
        Ref<> it = Ref<>::steal(get_iter(seq));
        if (!it) {
            clear_error();
            set_error(&exc::TypeError, "arguments 1-3 must be sequences");
            return false;
        }
    }
    out->objects = Ref<>::steal(tuple_from_iterable(seq));
    if (!out->objects) return false;
    for (ssize_t i = 0; i < tuple_size(out->objects.get()); ++i) {
        int fd;
        if (!file_descriptor_of(tuple_item(out->objects.get(), i), &fd)) return false;
        if (fd >= FD_SETSIZE) {
            set_error(&exc::ValueError, "filedescriptor out of range in select()");
            return false;
        }
        out->fds.push_back(fd);
        if (fd > *max_fd) *max_fd = fd;
    }
    return true;
}

void fill_set(const Watched& w, fd_set* set) {
    FD_ZERO(set);
    for (int fd : w.fds) FD_SET(fd, set);
}

// The objects whose descriptor select() left in the set, in the given order.
Object* ready_list(const Watched& w, fd_set* set) {
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (std::size_t i = 0; i < w.fds.size(); ++i)
        if (FD_ISSET(w.fds[i], set) && list_append(list.get(), tuple_item(w.objects.get(), ssize_t(i))) < 0)
            return nullptr;
    return list.release();
}

// select's timeout: None waits forever (false in *has_timeout).
bool select_timeout(Object* o, bool* has_timeout, double* seconds) {
    *has_timeout = o != None();
    if (!*has_timeout) return true;
    if (!seconds_arg(o, seconds)) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            set_error(&exc::TypeError, "timeout must be a float or None");
        }
        return false;
    }
    if (*seconds < 0) {
        set_error(&exc::ValueError, "timeout must be non-negative");
        return false;
    }
    return true;
}

Clock::time_point deadline_after(double seconds) {
    if (seconds > 1e9) seconds = 1e9;  // far enough: no overflow of the clock's range
    return Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

// select(rlist, wlist, xlist[, timeout]) -> (readable, writable, exceptional)
Object* select_select(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("select", kwnames) || !check_positional("select", nargs, 3, 4)) return nullptr;
    bool has_timeout;
    double seconds = 0;
    if (!select_timeout(nargs > 3 ? args[3] : None(), &has_timeout, &seconds)) return nullptr;
    Watched lists[3];
    int max_fd = -1;
    for (int i = 0; i < 3; ++i)
        if (!watched_from(args[i], &lists[i], &max_fd)) return nullptr;
    Clock::time_point deadline = has_timeout ? deadline_after(seconds) : Clock::time_point();
    fd_set sets[3];
    for (;;) {
        for (int i = 0; i < 3; ++i) fill_set(lists[i], &sets[i]);
        timeval tv{};
        if (has_timeout) {
            auto left = std::chrono::ceil<std::chrono::microseconds>(deadline - Clock::now());
            if (left.count() < 0) left = std::chrono::microseconds(0);
            tv.tv_sec = static_cast<time_t>(left.count() / 1000000);
            tv.tv_usec = static_cast<suseconds_t>(left.count() % 1000000);
        }
        int n;
        int err;
        {
            GilReleased released;
            n = ::select(max_fd + 1, &sets[0], &sets[1], &sets[2], has_timeout ? &tv : nullptr);
            err = errno;
        }
        if (n >= 0) break;
        if (err != EINTR) {
            set_os_error(err, nullptr);
            return nullptr;
        }
        if (!check_signals()) return nullptr;
    }
    Ref<> ready[3];
    for (int i = 0; i < 3; ++i) {
        ready[i] = Ref<>::steal(ready_list(lists[i], &sets[i]));
        if (!ready[i]) return nullptr;
    }
    return tuple_pack({ready[0].get(), ready[1].get(), ready[2].get()});
}

// ---- select.poll ------------------------------------------------------------------------------

// The descriptors registered with one poll object and the events each waits for.
struct PollObject : Object {
    std::map<int, short>* fds;
    bool polling;  // inside poll(): another thread may not change or poll it
};

PollObject* as_poll(Object* o) { return static_cast<PollObject*>(o); }

bool event_mask_arg(Object* o, short* out) {
    ssize_t v;
    if (!arg_ssize(o, &v)) return false;
    if (v < 0 || v > USHRT_MAX) {
        set_error(&exc::OverflowError, "Python int too large to convert to C unsigned short");
        return false;
    }
    *out = static_cast<short>(static_cast<unsigned short>(v));
    return true;
}

Object* poll_register(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("register", kwnames) || !check_positional("register", nargs, 1, 2)) return nullptr;
    int fd;
    short events = POLLIN | POLLPRI | POLLOUT;
    if (!file_descriptor_of(args[0], &fd) || (nargs > 1 && !event_mask_arg(args[1], &events))) return nullptr;
    (*as_poll(self)->fds)[fd] = events;
    return new_ref(None()).release();
}

Object* poll_modify(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("modify", kwnames) || !check_positional("modify", nargs, 2, 2)) return nullptr;
    int fd;
    short events;
    if (!file_descriptor_of(args[0], &fd) || !event_mask_arg(args[1], &events)) return nullptr;
    auto found = as_poll(self)->fds->find(fd);
    if (found == as_poll(self)->fds->end()) {
        set_os_error(ENOENT, nullptr);
        return nullptr;
    }
    found->second = events;
    return new_ref(None()).release();
}

Object* poll_unregister(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("unregister", kwnames) || !check_one_arg("unregister", nargs, nullptr)) return nullptr;
    int fd;
    if (!file_descriptor_of(args[0], &fd)) return nullptr;
    if (as_poll(self)->fds->erase(fd) == 0) {
        Ref<> key = Ref<>::steal(int_from_ssize(fd));
        if (key) set_error_object(&exc::KeyError, key.get());
        return nullptr;
    }
    return new_ref(None()).release();
}

// poll's timeout is in milliseconds, rounded up; None or negative waits forever.
bool poll_timeout(Object* o, int* ms) {
    *ms = -1;
    if (o == None()) return true;
    double value;
    if (!seconds_arg(o, &value)) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            set_error(&exc::TypeError, "timeout must be an integer or None");
        }
        return false;
    }
    if (value < 0) return true;
    value = std::ceil(value);
    if (value > INT_MAX) {
        set_error(&exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *ms = static_cast<int>(value);
    return true;
}

Object* poll_results(const std::vector<pollfd>& fds) {
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (const pollfd& p : fds) {
        if (p.revents == 0) continue;
        Ref<> fd = Ref<>::steal(int_from_ssize(p.fd));
        Ref<> events = Ref<>::steal(int_from_ssize(static_cast<unsigned short>(p.revents)));
        if (!fd || !events) return nullptr;
        Ref<> pair = Ref<>::steal(tuple_pack({fd.get(), events.get()}));
        if (!pair || list_append(list.get(), pair.get()) < 0) return nullptr;
    }
    return list.release();
}

Object* poll_poll(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("poll", kwnames) || !check_positional("poll", nargs, 0, 1)) return nullptr;
    int timeout_ms;
    if (!poll_timeout(nargs > 0 ? args[0] : None(), &timeout_ms)) return nullptr;
    PollObject* p = as_poll(self);
    if (p->polling) {
        set_error(&exc::RuntimeError, "concurrent poll() invocation");
        return nullptr;
    }
    std::vector<pollfd> fds;
    for (auto [fd, events] : *p->fds) fds.push_back(pollfd{fd, events, 0});
    Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(timeout_ms < 0 ? 0 : timeout_ms);
    p->polling = true;
    for (;;) {
        int n;
        int err;
        {
            GilReleased released;
            n = ::poll(fds.data(), fds.size(), timeout_ms);
            err = errno;
        }
        if (n >= 0) break;
        if (err != EINTR) {
            p->polling = false;
            set_os_error(err, nullptr);
            return nullptr;
        }
        if (!check_signals()) {
            p->polling = false;
            return nullptr;
        }
        if (timeout_ms > 0) {
            auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
            timeout_ms = left < 0 ? 0 : static_cast<int>(left);
        }
    }
    p->polling = false;
    return poll_results(fds);
}

const BuiltinDef POLL_METHODS[] = {
    {"register", poll_register, "Register a file descriptor with the polling object."},
    {"modify", poll_modify, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, "Polls the set of registered file descriptors."},
    {nullptr, nullptr, nullptr},
};

void poll_dealloc(Object* self) {
    delete as_poll(self)->fds;
    free_object(self);
}

TypeObject make_poll_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "select.poll";
    t.tp_basicsize = sizeof(PollObject);
    t.tp_dealloc = poll_dealloc;
    t.tp_methods = POLL_METHODS;
    return t;
}

TypeObject poll_type = make_poll_type();

Object* select_poll(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("poll", nargs, kwnames)) return nullptr;
    Object* o = alloc_object(&poll_type);
    if (!o) return no_memory();
    as_poll(o)->fds = new std::map<int, short>;
    as_poll(o)->polling = false;
    return o;
}

// ---- the module ---------------------------------------------------------------------------------

const BuiltinDef SELECT_FUNCTIONS[] = {
    {"select", select_select, "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", select_poll, "Returns a polling object."},
};

struct IntConstant {
    const char* name;
    long value;
};

const IntConstant SELECT_CONSTANTS[] = {
    {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},       {"POLLOUT", POLLOUT},
    {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},       {"POLLNVAL", POLLNVAL},
    {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
    {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},       {"POLLRDHUP", POLLRDHUP},
    {"PIPE_BUF", PIPE_BUF},
};

Object* make_select_module() {
    if (type_ready(&poll_type) < 0) return nullptr;
    Ref<> m = Ref<>::steal(module_new("select"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : SELECT_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    for (const IntConstant& c : SELECT_CONSTANTS) {
        Ref<> v = Ref<>::steal(int_from_i64(c.value));
        if (!v || dict_setitem_str(d, c.name, v.get()) < 0) return nullptr;
    }
    // select.error has been OSError since 3.3.
    if (dict_setitem_str(d, "error", &exc::OSError) < 0 || !add_epoll(m.get())) return nullptr;
    return m.release();
}

}  // namespace

void register_select_module() { register_native_module("select", make_select_module); }

}  // namespace glasspy::stdlib
