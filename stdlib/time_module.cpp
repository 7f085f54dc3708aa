// The time module's sleep, calendar time (struct_time, localtime, gmtime,
// mktime, strftime, strptime, asctime, ctime) and time zone (tzset,
// tzname, timezone) on the C library (CPython: Modules/timemodule.c); the
// clocks are in time_clocks.cpp.
// sleep() releases the GIL, so other threads run while one sleeps, and
// wakes early for Ctrl-C (KeyboardInterrupt), as CPython's does.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
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
#include "runtime/structseq.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/time_clocks.hpp"

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


// ---- calendar time ---------------------------------------------------------------------------

const StructSeqField STRUCT_TIME_FIELDS[] = {
    {"tm_year", "year, for example, 1993"},
    {"tm_mon", "month of year, range [1, 12]"},
    {"tm_mday", "day of month, range [1, 31]"},
    {"tm_hour", "hours, range [0, 23]"},
    {"tm_min", "minutes, range [0, 59]"},
    {"tm_sec", "seconds, range [0, 61])"},
    {"tm_wday", "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", "day of year, range [1, 366]"},
    {"tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"},
    {"tm_zone", "abbreviation of timezone name"},
    {"tm_gmtoff", "offset from UTC in seconds"},
};

const StructSeqDesc STRUCT_TIME_DESC = {
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.",
    STRUCT_TIME_FIELDS,
    9,
};

TypeObject struct_time_type;

Object* struct_time_from(const std::tm& t) {
    Object* items[] = {int_from_i64(t.tm_year + 1900L), int_from_i64(t.tm_mon + 1), int_from_i64(t.tm_mday),
                       int_from_i64(t.tm_hour),          int_from_i64(t.tm_min),     int_from_i64(t.tm_sec),
                       int_from_i64((t.tm_wday + 6) % 7), int_from_i64(t.tm_yday + 1), int_from_i64(t.tm_isdst),
                       str_from_utf8(t.tm_zone ? t.tm_zone : ""), int_from_i64(t.tm_gmtoff)};
    return structseq_new(&struct_time_type, items);
}

// The seconds argument of localtime/gmtime/ctime: now when absent or None.
bool time_t_arg(const char* fname, Object* const* args, ssize_t nargs, std::time_t* out) {
    if (!check_positional(fname, nargs, 0, 1)) return false;
    if (nargs == 0 || args[0] == None()) {
        *out = std::time(nullptr);
        return true;
    }
    double secs;
    if (!seconds_arg(args[0], &secs)) return false;
    if (!(secs > -9.2e18 && secs < 9.2e18)) {
        set_error(&exc::OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    *out = static_cast<std::time_t>(secs);  // toward zero, as CPython's _PyTime_ROUND_FLOOR for positives
    if (secs < 0 && static_cast<double>(*out) != secs) --*out;
    return true;
}

Object* broken_down(const char* fname, bool local, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs(fname, kwnames)) return nullptr;
    std::time_t when;
    if (!time_t_arg(fname, args, nargs, &when)) return nullptr;
    std::tm t{};
    if (!(local ? ::localtime_r(&when, &t) : ::gmtime_r(&when, &t))) {
        set_os_error(errno ? errno : EOVERFLOW, nullptr);
        return nullptr;
    }
    return struct_time_from(t);
}

Object* time_localtime(Object*, Object* const* a, ssize_t n, Object* k) { return broken_down("localtime", true, a, n, k); }
Object* time_gmtime(Object*, Object* const* a, ssize_t n, Object* k) { return broken_down("gmtime", false, a, n, k); }

// A struct_time or 9-tuple as a C struct tm (CPython: gettmarg).
bool tm_arg(const char* fname, Object* o, std::tm* out) {
    if (!is_instance_of(o, &tuple_type)) {
        set_error_fmt(&exc::TypeError, "Tuple or struct_time argument required");
        return false;
    }
    if (tuple_size(o) != 9) {
        set_error_fmt(&exc::TypeError, "{}(): illegal time tuple argument", fname);
        return false;
    }
    long v[9];
    for (int i = 0; i < 9; ++i) {
        ssize_t x;
        if (!arg_ssize(tuple_item(o, i), &x)) return false;
        v[i] = static_cast<long>(x);
    }
    *out = std::tm{};
    out->tm_year = static_cast<int>(v[0] - 1900);
    out->tm_mon = static_cast<int>(v[1] - 1);
    out->tm_mday = static_cast<int>(v[2]);
    out->tm_hour = static_cast<int>(v[3]);
    out->tm_min = static_cast<int>(v[4]);
    out->tm_sec = static_cast<int>(v[5]);
    out->tm_wday = static_cast<int>((v[6] + 1) % 7);
    out->tm_yday = static_cast<int>(v[7] - 1);
    out->tm_isdst = static_cast<int>(v[8]);
    if (o->ob_type == &struct_time_type) {
        // the zone fields a struct_time carries (after its 9 visible items)
        Object* gmtoff = tuple_items(o)[10];
        ssize_t off;
        if (is_int(gmtoff) && int_as_ssize(gmtoff, &off)) out->tm_gmtoff = off;
        else clear_error();
    }
    return true;
}

// The current local time as a struct tm, for the functions whose tuple is optional.
bool tm_now(std::tm* out) {
    std::time_t now = std::time(nullptr);
    return ::localtime_r(&now, out) != nullptr;
}

Object* time_mktime(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("mktime", nargs, 1, 1)) return nullptr;
    std::tm t;
    if (!tm_arg("mktime", args[0], &t)) return nullptr;
    t.tm_wday = -1;  // a result of -1 is an error only if mktime left this alone
    std::time_t r = std::mktime(&t);
    if (r == static_cast<std::time_t>(-1) && t.tm_wday == -1) {
        set_error(&exc::OverflowError, "mktime argument out of range");
        return nullptr;
    }
    return float_from_double(static_cast<double>(r));
}

Object* time_strftime(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("strftime", nargs, 1, 2)) return nullptr;
    std::string format;
    if (!arg_str_utf8(args[0], "strftime", "argument 1", &format)) return nullptr;
    std::tm t;
    if (nargs == 2 ? !tm_arg("strftime", args[1], &t) : !tm_now(&t)) return nullptr;
    if (t.tm_mon < 0 || t.tm_mon > 11) {
        set_error(&exc::ValueError, "month out of range");
        return nullptr;
    }
    if (t.tm_mday < 0 || t.tm_mday > 31) {
        set_error(&exc::ValueError, "day of month out of range");
        return nullptr;
    }
    if (format.empty()) return str_from_utf8("");
    // strftime gives 0 both for "too small" and for an empty result: grow
    // the buffer a few times, then accept empty (CPython does the same).
    for (std::size_t size = 256; size <= format.size() * 256 + 1024; size *= 4) {
        std::string buf(size, '\0');
        std::size_t n = std::strftime(buf.data(), buf.size(), format.c_str(), &t);
        if (n > 0) return str_from_utf8(std::string_view(buf.data(), n));
    }
    return str_from_utf8("");
}

// "Sun Jun 20 23:21:05 1993" (CPython's _asctime, not the C library's).
Object* asctime_of(const std::tm& t) {
    static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", days[(t.tm_wday % 7 + 7) % 7],
                  months[(t.tm_mon % 12 + 12) % 12], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
    return str_from_utf8(buf);
}

Object* time_asctime(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("asctime", nargs, 0, 1)) return nullptr;
    std::tm t;
    if (nargs == 1 ? !tm_arg("asctime", args[0], &t) : !tm_now(&t)) return nullptr;
    return asctime_of(t);
}

Object* time_ctime(Object*, Object* const* args, ssize_t nargs, Object*) {
    std::time_t when;
    if (!time_t_arg("ctime", args, nargs, &when)) return nullptr;
    std::tm t{};
    if (!::localtime_r(&when, &t)) {
        set_error(&exc::OverflowError, "timestamp out of range for platform time_t");
        return nullptr;
    }
    return asctime_of(t);
}

// tzname, timezone, altzone and daylight, as the C library sees the zone
// now (CPython: init_timezone): the offsets of January and July tell
// standard time from summer time, in either hemisphere.
bool set_zone_attributes(Object* d) {
    ::tzset();
    std::time_t now = std::time(nullptr);
    std::tm jan{}, jul{};
    std::tm here{};
    ::localtime_r(&now, &here);
    std::time_t year_start = now - (here.tm_yday * 86400L);
    ::localtime_r(&year_start, &jan);
    std::time_t mid_year = year_start + 183 * 86400L;
    ::localtime_r(&mid_year, &jul);
    long jan_off = -jan.tm_gmtoff, jul_off = -jul.tm_gmtoff;
    bool north = jan_off >= jul_off;  // winter offset is the larger west-of-UTC one
    long std_off = north ? jan_off : jul_off, dst_off = north ? jul_off : jan_off;
    Ref<> std_name = Ref<>::steal(str_from_utf8(north ? jan.tm_zone : jul.tm_zone));
    Ref<> dst_name = Ref<>::steal(str_from_utf8(north ? jul.tm_zone : jan.tm_zone));
    if (!std_name || !dst_name) return false;
    Ref<> names = Ref<>::steal(tuple_pack({std_name.get(), dst_name.get()}));
    Ref<> timezone = Ref<>::steal(int_from_i64(std_off)), altzone = Ref<>::steal(int_from_i64(dst_off));
    Ref<> daylight = Ref<>::steal(int_from_i64(jan_off != jul_off));
    return names && timezone && altzone && daylight && dict_setitem_str(d, "tzname", names.get()) == 0 &&
           dict_setitem_str(d, "timezone", timezone.get()) == 0 && dict_setitem_str(d, "altzone", altzone.get()) == 0 &&
           dict_setitem_str(d, "daylight", daylight.get()) == 0;
}

// tzset(): reads TZ again (after os.environ['TZ'] changed) and updates the
// zone attributes of the module it is called on.
Object* time_tzset(Object* module, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("tzset", nargs, kwnames)) return nullptr;
    if (!set_zone_attributes(module_dict(module))) return nullptr;
    return none_ref();
}

// strptime(string, format="%a %b %d %H:%M:%S %Y"): the parsing is Python,
// in _strptime.py, shared with datetime.strptime (as in CPython); that
// function checks the arguments too.
Object* time_strptime(Object*, Object* const* args, ssize_t nargs, Object*) {
    Ref<> engine = Ref<>::steal(import_module("_strptime"));
    if (!engine) return nullptr;
    Ref<> parse = Ref<>::steal(get_attr_str(engine.get(), "_strptime_time"));
    if (!parse) return nullptr;
    return call(parse.get(), args, static_cast<std::size_t>(nargs));
}

const BuiltinDef TIME_FUNCTIONS[] = {
    {"sleep", time_sleep, "sleep(seconds)\n\nDelay execution for a given number of seconds."},
    {"localtime", time_localtime, "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time."},
    {"gmtime", time_gmtime, "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC."},
    {"mktime", time_mktime, "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch."},
    {"strftime", time_strftime, "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification."},
    {"asctime", time_asctime, "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"strptime", time_strptime, "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification."},
    {"tzset", time_tzset, "tzset()\n\nInitialize, or reinitialize, the local timezone to the value stored in os.environ['TZ']."},
    {"ctime", time_ctime, "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time."},
};

Object* make_time_module() {
    Ref<> m = Ref<>::steal(module_new("time"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : TIME_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    if (!struct_time_type.tp_dict && !structseq_init_type(&struct_time_type, STRUCT_TIME_DESC)) return nullptr;
    if (dict_setitem_str(d, "struct_time", &struct_time_type) < 0) return nullptr;
    if (!set_zone_attributes(d) || !add_clock_functions(m.get())) return nullptr;
    return m.release();
}

}  // namespace

void register_time_module() { register_native_module("time", make_time_module); }

}  // namespace glasspy::stdlib
