// The _thread module: OS threads running Python functions, and the lock
// they synchronise with (CPython: Modules/_threadmodule.c).  threading.py
// (stdlib/lib) builds Thread, RLock, Condition, Event... on these.
//
// A new thread gets its own ThreadState (its frame stack, its exception
// state, its recursion depth) and runs only while holding the GIL.  A lock
// is a flag with a condition variable rather than a mutex, because Python
// lets any thread release a lock another acquired; waiting for it releases
// the GIL.
#include <pthread.h>
#include <unistd.h>

#include <fmt/format.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

#include "interp/ceval_trace.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/method.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {


// ---- locks ---------------------------------------------------------------------------------------

struct LockObject : Object {
    std::mutex* mutex;
    std::condition_variable* cond;
    bool locked;
};

LockObject* as_lock(Object* o) { return static_cast<LockObject*>(o); }

// Waits for the lock with the GIL released; timeout < 0 waits forever.
bool lock_acquire(LockObject* l, bool blocking, double timeout) {
    {
        std::lock_guard<std::mutex> guard(*l->mutex);
        if (!l->locked) {
            l->locked = true;
            return true;
        }
    }
    if (!blocking) return false;
    GilReleased released;
    std::unique_lock<std::mutex> lock(*l->mutex);
    auto free = [&] { return !l->locked; };
    if (timeout < 0) {
        l->cond->wait(lock, free);
    } else if (!l->cond->wait_for(lock, std::chrono::duration<double>(timeout), free)) {
        return false;
    }
    l->locked = true;
    return true;
}

bool parse_acquire_args(const char* name, Object* const* args, ssize_t nargs, Object* kwnames, bool* blocking,
                        double* timeout) {
    static constexpr const char* kw[] = {"blocking", "timeout"};
    ArgParser parser{name, kw, 0, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return false;
    *blocking = true;
    *timeout = -1;
    if (argv[0]) {
        int t = is_true(argv[0]);
        if (t < 0) return false;
        *blocking = t != 0;
    }
    if (argv[1]) {
        if (!seconds_arg(argv[1], timeout)) return false;
        if (!*blocking && *timeout != -1) {
            set_error(&exc::ValueError, "can't specify a timeout for a non-blocking call");
            return false;
        }
        if (*timeout < 0 && *timeout != -1) {
            set_error(&exc::ValueError, "timeout value must be a non-negative number");
            return false;
        }
    }
    return true;
}

Object* lock_acquire_method(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    bool blocking;
    double timeout;
    if (!parse_acquire_args("acquire", args, nargs, kwnames, &blocking, &timeout)) return nullptr;
    return bool_from(lock_acquire(as_lock(self), blocking, timeout));
}

Object* lock_release_method(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("release", nargs, kwnames)) return nullptr;
    LockObject* l = as_lock(self);
    {
        std::lock_guard<std::mutex> guard(*l->mutex);
        if (!l->locked) {
            set_error(&exc::RuntimeError, "release unlocked lock");
            return nullptr;
        }
        l->locked = false;
    }
    l->cond->notify_one();
    return none_ref();
}

Object* lock_locked_method(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("locked", nargs, kwnames)) return nullptr;
    std::lock_guard<std::mutex> guard(*as_lock(self)->mutex);
    return bool_from(as_lock(self)->locked);
}

Object* lock_exit_method(Object* self, Object* const*, ssize_t, Object*) {
    return lock_release_method(self, nullptr, 0, nullptr);
}

const BuiltinDef LOCK_METHODS[] = {
    {"acquire", lock_acquire_method, "Lock the lock; with blocking, wait until it is free (or the timeout)."},
    {"acquire_lock", lock_acquire_method, "An obsolete synonym of acquire()."},
    {"release", lock_release_method, "Release the lock."},
    {"release_lock", lock_release_method, "An obsolete synonym of release()."},
    {"locked", lock_locked_method, "Test whether the lock is currently locked."},
    {"__enter__", lock_acquire_method, "Lock the lock."},
    {"__exit__", lock_exit_method, "Release the lock."},
    {nullptr, nullptr, nullptr},
};

void lock_dealloc(Object* self) {
    delete as_lock(self)->mutex;
    delete as_lock(self)->cond;
    free_object(self);
}

Object* lock_repr(Object* self) {
    bool locked;
    {
        std::lock_guard<std::mutex> guard(*as_lock(self)->mutex);
        locked = as_lock(self)->locked;
    }
    return str_from_utf8(fmt::format("<{} _thread.lock object at {}>", locked ? "locked" : "unlocked",
                                     static_cast<const void*>(self)));
}

Object* lock_new(TypeObject* type, Object*, Object*);

TypeObject make_lock_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_thread.lock";
    t.tp_basicsize = sizeof(LockObject);
    t.tp_dealloc = lock_dealloc;
    t.tp_repr = lock_repr;
    t.tp_methods = LOCK_METHODS;
    return t;
}

TypeObject lock_type = make_lock_type();

Object* lock_new(TypeObject* type, Object*, Object*) {
    Object* o = alloc_object(type);
    if (!o) return no_memory();
    LockObject* l = as_lock(o);
    l->mutex = new std::mutex;
    l->cond = new std::condition_variable;
    l->locked = false;
    return o;
}

Object* allocate_lock(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("allocate_lock", nargs, kwnames)) return nullptr;
    return lock_new(&lock_type, nullptr, nullptr);
}

// ---- threads --------------------------------------------------------------------------------------

unsigned long thread_ident() { return static_cast<unsigned long>(pthread_self()); }

// The name of the threading.Thread whose bound _bootstrap is func (its
// _name), for the trace views; empty for any other function.
std::string thread_object_name(Object* func) {
    if (!is_method(func)) return "";
    Object* thread = static_cast<MethodObject*>(func)->im_self;
    Object* attrs = instance_dict(thread);
    Object* name = attrs && is_dict(attrs) ? dict_getitem_str(attrs, "_name") : nullptr;
    return name && is_str(name) ? str_to_utf8(name) : "";
}

// What a new thread runs: func(*args, **kwargs) with its own thread state.
struct Bootstrap {
    Object* func;
    Object* args;
    Object* kwargs;
    ThreadState* ts;
};

void unlink_thread(ThreadState* ts) {
    InterpreterState& in = rt::interp();
    for (ThreadState** p = &in.threads; *p; p = &(*p)->next)
        if (*p == ts) {
            *p = ts->next;
            break;
        }
}

void run_thread(Bootstrap* boot) {
    ThreadState* ts = boot->ts;
    gil_acquire(ts);
    Object* r = call_vector_from_dict(
        boot->args, boot->kwargs,
        [](void* f, Object* const* v, ssize_t npos, Object* names) {
            return call(static_cast<Object*>(f), v, static_cast<std::size_t>(npos), names);
        },
        boot->func);
    if (r) {
        decref(r);
    } else {
        Ref<> exc = fetch_error();
        if (exc && !is_instance_of(exc.get(), &exc::SystemExit)) {
            // CPython reports it through sys.unraisablehook.
            Ref<> func_repr = Ref<>::steal(repr(boot->func));
            std::string shown = func_repr ? str_to_utf8(func_repr.get()) : "?";
            if (!func_repr) clear_error();
            std::string report = "Exception ignored in thread started by: " + shown + "\n" +
                                 interp::format_exception(exc.get());
            std::fflush(stdout);
            std::fwrite(report.data(), 1, report.size(), stderr);
        }
    }
    decref(boot->func);
    decref(boot->args);
    xdecref(boot->kwargs);
    clear(ts->current_exception);
    clear(ts->handled_exception);
    clear(ts->repr_running);
    interp::end_thread_tracing(ts);
    clear(ts->asyncgen_firstiter);
    clear(ts->asyncgen_finalizer);
    unlink_thread(ts);
    delete boot;
    ThreadState::current() = nullptr;
    gil_release(ts, rt::GilRelease::exit);
    // The thread's frame stack is empty now; its chunks go with it.
    std::free(ts->frame_spare_chunk);
    delete ts;
}

Object* start_new_thread(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("start_new_thread", kwnames) || !check_arg_count("start_new_thread", nargs, 2, 3))
        return nullptr;
    Object* func = args[0];
    if (!func->ob_type->tp_call) {
        set_error(&exc::TypeError, "first arg must be callable");
        return nullptr;
    }
    if (!is_tuple(args[1])) {
        set_error(&exc::TypeError, "2nd arg must be a tuple");
        return nullptr;
    }
    Object* kwargs = nargs > 2 ? args[2] : nullptr;
    if (kwargs && !is_dict(kwargs)) {
        set_error(&exc::TypeError, "optional 3rd arg must be a dictionary");
        return nullptr;
    }
    auto* ts = new ThreadState;
    ts->interp = &rt::interp();
    ts->name = thread_object_name(func);
    ts->next = rt::interp().threads;
    rt::interp().threads = ts;
    incref(func);
    incref(args[1]);
    xincref(kwargs);
    auto* boot = new Bootstrap{func, args[1], kwargs, ts};
    // The new thread's identity is only known inside it; it is handed back
    // through this promise-like pair before start_new_thread returns.
    std::mutex m;
    std::condition_variable cv;
    unsigned long ident = 0;
    bool ready = false;
    try {
        std::thread t([boot, &m, &cv, &ident, &ready] {
            {
                // Notified under the lock: the starting thread can only see
                // `ready` and destroy m and cv once this block is done with
                // them (TSan found the notify racing the destruction).
                std::lock_guard<std::mutex> guard(m);
                ident = thread_ident();
                ready = true;
                cv.notify_one();
            }
            run_thread(boot);
        });
        t.detach();
    } catch (const std::system_error&) {
        unlink_thread(ts);
        delete ts;
        decref(func);
        decref(boot->args);
        xdecref(kwargs);
        delete boot;
        set_error(&exc::RuntimeError, "can't start new thread");
        return nullptr;
    }
    {
        GilReleased released;
        std::unique_lock<std::mutex> lock(m);
        cv.wait(lock, [&] { return ready; });
    }
    return int_from_u64(ident);
}

Object* get_ident(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_ident", nargs, kwnames)) return nullptr;
    return int_from_u64(thread_ident());
}

Object* thread_count(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("_count", nargs, kwnames)) return nullptr;
    ssize_t n = -1;  // the main thread is not counted
    for (ThreadState* t = rt::interp().threads; t; t = t->next) ++n;
    return int_from_ssize(n);
}

Object* get_native_id(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("get_native_id", nargs, kwnames)) return nullptr;
    return int_from_ssize(static_cast<ssize_t>(gettid()));
}

const BuiltinDef THREAD_FUNCTIONS[] = {
    {"start_new_thread", start_new_thread, "Start a new thread running function(*args, **kwargs); return its identifier."},
    {"start_new", start_new_thread, "An obsolete synonym of start_new_thread()."},
    {"allocate_lock", allocate_lock, "Create a new lock object."},
    {"allocate", allocate_lock, "An obsolete synonym of allocate_lock()."},
    {"get_ident", get_ident, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", get_native_id, "Return the native integral Thread ID assigned by the kernel."},
    {"_count", thread_count, "Return the number of currently running Python threads, excluding the main thread."},
};

Object* make_thread_module() {
    (void)type_ready(&lock_type);
    Ref<> m = Ref<>::steal(module_new("_thread"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : THREAD_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    Ref<> timeout_max = Ref<>::steal(float_from_double(9223372036.0));
    if (!timeout_max || dict_setitem_str(d, "LockType", &lock_type) < 0 ||
        dict_setitem_str(d, "error", &exc::RuntimeError) < 0 || dict_setitem_str(d, "TIMEOUT_MAX", timeout_max.get()) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_thread_module() { register_native_module("_thread", make_thread_module); }

}  // namespace glasspy::stdlib
