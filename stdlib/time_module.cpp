// The time module's clocks and sleep (CPython: Modules/timemodule.c).
// sleep() releases the GIL, so other threads run while one sleeps, and
// wakes early for Ctrl-C (KeyboardInterrupt), as CPython's does.
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

bool seconds_arg(Object* o, double* out) {
    if (is_float(o)) {
        *out = float_value(o);
    } else if (is_int(o)) {
        Object* arg = o;
        Ref<> f = Ref<>::steal(call(&float_type, &arg, 1));
        if (!f) return false;
        *out = float_value(f.get());
    } else {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
        return false;
    }
    if (std::isnan(*out)) {
        set_error(&exc::ValueError, "Invalid value NaN (not a number)");
        return false;
    }
    return true;
}

namespace {

template <typename Clock>
double seconds_of(typename Clock::time_point t) {
    return std::chrono::duration<double>(t.time_since_epoch()).count();
}

template <typename Clock>
Object* nanoseconds_of(typename Clock::time_point t) {
    return int_from_i64(std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count());
}

double cpu_seconds(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

Object* cpu_nanoseconds(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return int_from_i64(static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

#define GP_CLOCK(fname, expr)                                                              \
    Object* fname(Object*, Object* const*, ssize_t nargs, Object* kwnames) {               \
        if (!check_no_args(#fname, nargs, kwnames)) return nullptr;                         \
        return expr;                                                                       \
    }
GP_CLOCK(time_time, float_from_double(seconds_of<std::chrono::system_clock>(std::chrono::system_clock::now())))
GP_CLOCK(time_time_ns, nanoseconds_of<std::chrono::system_clock>(std::chrono::system_clock::now()))
GP_CLOCK(time_monotonic, float_from_double(seconds_of<std::chrono::steady_clock>(std::chrono::steady_clock::now())))
GP_CLOCK(time_monotonic_ns, nanoseconds_of<std::chrono::steady_clock>(std::chrono::steady_clock::now()))
GP_CLOCK(time_process_time, float_from_double(cpu_seconds(CLOCK_PROCESS_CPUTIME_ID)))
GP_CLOCK(time_process_time_ns, cpu_nanoseconds(CLOCK_PROCESS_CPUTIME_ID))
GP_CLOCK(time_thread_time, float_from_double(cpu_seconds(CLOCK_THREAD_CPUTIME_ID)))
GP_CLOCK(time_thread_time_ns, cpu_nanoseconds(CLOCK_THREAD_CPUTIME_ID))
#undef GP_CLOCK

// sleep(secs): in slices, so that Ctrl-C in the main thread ends it.
Object* time_sleep(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("sleep", kwnames) || !check_one_arg("sleep", nargs, nullptr)) return nullptr;
    double secs;
    if (!seconds_arg(args[0], &secs)) return nullptr;
    if (secs < 0) {
        set_error(&exc::ValueError, "sleep length must be non-negative");
        return nullptr;
    }
    using Clock = std::chrono::steady_clock;
    auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(secs));
    for (;;) {
        {
            GilReleased released;
            Clock::duration left = deadline - Clock::now();
            Clock::duration slice = std::chrono::milliseconds(50);
            if (left > Clock::duration::zero()) std::this_thread::sleep_for(std::min(left, slice));
        }
        if (interp().sigint_pending.load(std::memory_order_relaxed) && !check_signals()) return nullptr;
        if (Clock::now() >= deadline) break;
    }
    incref(None());
    return None();
}

const BuiltinDef TIME_FUNCTIONS[] = {
    {"time", time_time, "time() -> floating point number\n\nReturn the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_monotonic, "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", time_monotonic_ns, "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, "process_time() -> int\n\nProcess time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, "thread_time() -> float\n\nThread time for profiling."},
    {"thread_time_ns", time_thread_time_ns, "thread_time() -> int\n\nThread time for profiling as nanoseconds."},
    {"sleep", time_sleep, "sleep(seconds)\n\nDelay execution for a given number of seconds."},
};

Object* make_time_module() {
    Ref<> m = Ref<>::steal(module_new("time"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : TIME_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace

void register_time_module() { register_native_module("time", make_time_module); }

}  // namespace glasspy::stdlib
