// The time module's clocks (CPython: Modules/timemodule.c and
// Python/pytime.c).  On Linux every one of them is clock_gettime on some
// clock id, which is what get_clock_info reports:
//
//   time()          CLOCK_REALTIME            wall clock; can be set, so can jump
//   monotonic()     CLOCK_MONOTONIC           never goes back; for timeouts
//   perf_counter()  CLOCK_MONOTONIC           the same clock, in CPython 3.11
//   process_time()  CLOCK_PROCESS_CPUTIME_ID  CPU time of all our threads
//   thread_time()   CLOCK_THREAD_CPUTIME_ID   CPU time of the calling thread
//
// A reading is taken as whole nanoseconds (the _ns functions return them)
// and turned into float seconds the way CPython does
// (_PyTime_AsSecondsDouble), so that both give the same floats.
#include "stdlib/time_clocks.hpp"

#include <pthread.h>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <ctime>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/namespace_object.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

constexpr std::int64_t NS_PER_SEC = 1000000000;

// A clock's reading in nanoseconds; false with OSError (EINVAL for a clock
// id the kernel does not know).
bool read_clock(clockid_t clock, std::int64_t* ns) {
    timespec ts;
    if (::clock_gettime(clock, &ts) != 0) {
        set_os_error(errno, nullptr);
        return false;
    }
    *ns = static_cast<std::int64_t>(ts.tv_sec) * NS_PER_SEC + ts.tv_nsec;
    return true;
}

// Whole seconds are divided exactly; otherwise the division is in double.
double seconds_from_ns(std::int64_t ns) {
    if (ns % NS_PER_SEC == 0) return static_cast<double>(ns / NS_PER_SEC);
    return static_cast<double>(ns) / 1e9;
}

Object* clock_seconds(clockid_t clock) {
    std::int64_t ns;
    return read_clock(clock, &ns) ? float_from_double(seconds_from_ns(ns)) : nullptr;
}

Object* clock_nanoseconds(clockid_t clock) {
    std::int64_t ns;
    return read_clock(clock, &ns) ? int_from_i64(ns) : nullptr;
}

// ---- the named clocks
// -----------------------------------------------------------------------------

template <clockid_t clock, bool as_ns>
Object* named_clock(const char* fname, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(fname, nargs, kwnames)) return nullptr;
    return as_ns ? clock_nanoseconds(clock) : clock_seconds(clock);
}

#define GP_CLOCK(fname, clock, as_ns)                                                              \
    Object* time_##fname(Object*, Object* const*, ssize_t nargs, Object* kwnames) {                \
        return named_clock<clock, as_ns>(#fname, nargs, kwnames);                                  \
    }
GP_CLOCK(time, CLOCK_REALTIME, false)
GP_CLOCK(time_ns, CLOCK_REALTIME, true)
GP_CLOCK(monotonic, CLOCK_MONOTONIC, false)
GP_CLOCK(monotonic_ns, CLOCK_MONOTONIC, true)
GP_CLOCK(perf_counter, CLOCK_MONOTONIC, false)
GP_CLOCK(perf_counter_ns, CLOCK_MONOTONIC, true)
GP_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID, false)
GP_CLOCK(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)
GP_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID, false)
GP_CLOCK(thread_time_ns, CLOCK_THREAD_CPUTIME_ID, true)
#undef GP_CLOCK

// What get_clock_info says of each named clock: CPython 3.11's values on Linux.
struct ClockInfo {
    const char* name;
    clockid_t clock;
    const char* implementation;
    bool monotonic;
    bool adjustable;
};

const ClockInfo CLOCK_INFO[] = {
    {"time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true},
    {"monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true,
     false},
    {"thread_time", CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
};

// get_clock_info(name, /) -> namespace(implementation, monotonic,
// adjustable, resolution), the resolution from clock_getres.
Object* time_get_clock_info(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_arg_count("get_clock_info", nargs, 1, 1)) return nullptr;
    std::string name;
    if (!arg_str_utf8(args[0], "get_clock_info", "argument 1", &name)) return nullptr;
    for (const ClockInfo& c : CLOCK_INFO) {
        if (name != c.name) continue;
        timespec res;
        if (::clock_getres(c.clock, &res) != 0) {
            set_os_error(errno, nullptr);
            return nullptr;
        }
        Ref<> implementation = Ref<>::steal(str_from_utf8(c.implementation));
        Ref<> resolution = Ref<>::steal(float_from_double(static_cast<double>(res.tv_sec) +
                                                          static_cast<double>(res.tv_nsec) * 1e-9));
        if (!implementation || !resolution) return nullptr;
        return namespace_from({{"implementation", implementation.get()},
                               {"monotonic", bool_from(c.monotonic)},
                               {"adjustable", bool_from(c.adjustable)},
                               {"resolution", resolution.get()}});
    }
    set_error(&exc::ValueError, "unknown clock");
    return nullptr;
}

// ---- any clock by id
// ------------------------------------------------------------------------------

// The _ns variants name themselves without "_ns" in the count error, as
// CPython's PyArg_ParseTuple formats do.
bool clock_id_arg(const char* fname, Object* const* args, ssize_t nargs, ssize_t count,
                  clockid_t* out) {
    if (!check_arg_count(fname, nargs, count, count)) return false;
    int id;
    if (!arg_int(args[0], &id)) return false;
    *out = static_cast<clockid_t>(id);
    return true;
}

Object* time_clock_gettime(Object*, Object* const* args, ssize_t nargs, Object*) {
    clockid_t clock;
    return clock_id_arg("clock_gettime", args, nargs, 1, &clock) ? clock_seconds(clock) : nullptr;
}

Object* time_clock_gettime_ns(Object*, Object* const* args, ssize_t nargs, Object*) {
    clockid_t clock;
    return clock_id_arg("clock_gettime", args, nargs, 1, &clock) ? clock_nanoseconds(clock)
                                                                 : nullptr;
}

Object* time_clock_getres(Object*, Object* const* args, ssize_t nargs, Object*) {
    clockid_t clock;
    if (!clock_id_arg("clock_getres", args, nargs, 1, &clock)) return nullptr;
    timespec res;
    if (::clock_getres(clock, &res) != 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return float_from_double(static_cast<double>(res.tv_sec) +
                             static_cast<double>(res.tv_nsec) * 1e-9);
}

Object* set_clock(clockid_t clock, std::int64_t ns) {
    std::int64_t sec = ns / NS_PER_SEC, rest = ns % NS_PER_SEC;
    if (rest < 0) {
        rest += NS_PER_SEC;
        --sec;
    }
    timespec ts{static_cast<time_t>(sec), static_cast<long>(rest)};
    if (::clock_settime(clock, &ts) != 0) {
        set_os_error(errno, nullptr);
        return nullptr;
    }
    return none_ref();
}

// clock_settime(clk_id, time, /): the seconds rounded to the nearest
// nanosecond, halves to even (CPython: _PyTime_FromSecondsObject).
Object* time_clock_settime(Object*, Object* const* args, ssize_t nargs, Object*) {
    clockid_t clock;
    double secs;
    if (!clock_id_arg("clock_settime", args, nargs, 2, &clock) || !seconds_arg(args[1], &secs))
        return nullptr;
    double ns = std::nearbyint(secs * 1e9);
    if (!(ns > -9.2e18 && ns < 9.2e18)) {
        set_error(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
        return nullptr;
    }
    return set_clock(clock, static_cast<std::int64_t>(ns));
}

Object* time_clock_settime_ns(Object*, Object* const* args, ssize_t nargs, Object*) {
    clockid_t clock;
    if (!clock_id_arg("clock_settime", args, nargs, 2, &clock)) return nullptr;
    if (!is_int(args[1])) {
        set_error_fmt(&exc::TypeError, "expect int, got {}", type_name(args[1]));
        return nullptr;
    }
    ssize_t ns;
    if (!int_as_ssize(args[1], &ns)) return nullptr;
    return set_clock(clock, ns);
}

// pthread_getcpuclockid(thread_id, /): the CPU-time clock of a thread, by
// the ident threading.get_ident() gives (a pthread_t here, as in CPython).
Object* time_pthread_getcpuclockid(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_arg_count("pthread_getcpuclockid", nargs, 1, 1)) return nullptr;
    if (!is_int(args[0])) {
        arg_bad_argument("pthread_getcpuclockid", "argument 1", "int", args[0]);
        return nullptr;
    }
    ssize_t ident;  // pthread_t is an address here, below 2**63
    if (!arg_ssize(args[0], &ident)) return nullptr;
    clockid_t clock;
    int err = ::pthread_getcpuclockid(static_cast<pthread_t>(ident), &clock);
    if (err != 0) {
        set_os_error(err, nullptr);
        return nullptr;
    }
    return int_from_i64(clock);
}

const BuiltinDef CLOCK_FUNCTIONS[] = {
    {"time", time_time,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns,
     "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns,
     "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_perf_counter,
     "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns,
     "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time,
     "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU "
     "time."},
    {"process_time_ns", time_process_time_ns,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, "thread_time() -> float\n\nThread time for profiling."},
    {"thread_time_ns", time_thread_time_ns,
     "thread_time() -> int\n\nThread time for profiling as nanoseconds."},
    {"get_clock_info", time_get_clock_info,
     "get_clock_info(name: str) -> dict\n\nGet information of the specified clock."},
    {"clock_gettime", time_clock_gettime,
     "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns,
     "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as "
     "nanoseconds."},
    {"clock_getres", time_clock_getres,
     "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of the "
     "specified clock clk_id."},
    {"clock_settime", time_clock_settime,
     "clock_settime(clk_id, time)\n\nSet the time of the specified clock clk_id."},
    {"clock_settime_ns", time_clock_settime_ns,
     "clock_settime_ns(clk_id, time)\n\nSet the time of the specified clock clk_id with "
     "nanoseconds."},
    {"pthread_getcpuclockid", time_pthread_getcpuclockid,
     "pthread_getcpuclockid(thread_id) -> int\n\nReturn the clk_id of a thread's CPU time clock."},
};

struct ClockConstant {
    const char* name;
    clockid_t value;
};

const ClockConstant CLOCK_CONSTANTS[] = {
    {"CLOCK_REALTIME", CLOCK_REALTIME},
    {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
    {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
    {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
    {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
    {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
    {"CLOCK_TAI", CLOCK_TAI},
};

}  // namespace

bool add_clock_functions(Object* module) {
    Object* d = module_dict(module);
    for (const BuiltinDef& def : CLOCK_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, module));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return false;
    }
    for (const ClockConstant& c : CLOCK_CONSTANTS) {
        Ref<> v = Ref<>::steal(int_from_i64(c.value));
        if (!v || dict_setitem_str(d, c.name, v.get()) < 0) return false;
    }
    return true;
}

}  // namespace glasspy::stdlib
