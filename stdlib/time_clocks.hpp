// The time module's clocks (time_clocks.cpp): time, monotonic,
// perf_counter, process_time, thread_time (each also as _ns),
// clock_gettime/clock_settime/clock_getres on any clock id, the CLOCK_*
// constants, get_clock_info and pthread_getcpuclockid.
#pragma once

#include "runtime/object.hpp"

namespace glasspy::stdlib {

// Puts them into the time module's namespace; false with the exception set.
bool add_clock_functions(rt::Object* module);

}  // namespace glasspy::stdlib
