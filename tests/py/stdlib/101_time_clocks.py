# clock_gettime & co., the CLOCK_* constants, get_clock_info, thread_time,
# pthread_getcpuclockid, tzset: types, relations and errors.
import threading
import time

print(sorted(n for n in dir(time) if n.startswith('CLOCK_')))
for clock in (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
              time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME):
    a = time.clock_gettime(clock)
    b = time.clock_gettime_ns(clock)
    print(type(a).__name__, type(b).__name__, b >= int(a * 1e9) - 10**9, time.clock_getres(clock) <= 0.01)

print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
print(time.clock_gettime_ns(time.CLOCK_MONOTONIC) <= time.monotonic_ns())

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    print(name, time.get_clock_info(name))
info = time.get_clock_info('monotonic')
print(type(info).__name__, info.monotonic, info.adjustable)

t0, n0 = time.thread_time(), time.thread_time_ns()
sum(range(200000))
print(type(t0).__name__, type(n0).__name__, time.thread_time() >= t0, time.thread_time_ns() >= n0)

clk = time.pthread_getcpuclockid(threading.get_ident())
print(type(clk).__name__, time.clock_gettime(clk) > 0)

print(time.tzset(), type(time.tzname).__name__, type(time.timezone).__name__, type(time.daylight).__name__)

errors = [
    lambda: time.clock_gettime(123456),
    lambda: time.clock_getres(123456),
    lambda: time.clock_gettime('a'),
    lambda: time.clock_gettime(),
    lambda: time.get_clock_info('nope'),
    lambda: time.get_clock_info(1),
    lambda: time.clock_settime_ns(time.CLOCK_REALTIME, 1.5),
    lambda: time.pthread_getcpuclockid('x'),
]
for call in errors:
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: time.clock_settime(1), lambda: time.clock_gettime_ns(1, 2), lambda: time.strptime()):
    try:
        call()
    except TypeError as e:
        print(e)
