// The global interpreter lock (CPython: Python/ceval_gil.c, the "new GIL"
// of 3.2).
//
// One thread runs Python code at a time: the one holding the GIL.  A
// thread that wants it waits up to the switch interval (5 ms,
// sys.getswitchinterval()); if the holder has not let go by then, the
// waiter sets a drop request, which trips the eval breaker; the holder
// sees it at its next check point (a backward jump, a call), releases the
// GIL and waits until another thread has taken it before asking again
// (FORCE_SWITCHING), so the waiter really runs.  Blocking calls
// (time.sleep, acquiring a lock, joining a thread) release it around the
// wait: that is how threads overlap while waiting for I/O.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

namespace glasspy::rt {

struct ThreadState;

// Why a thread let go of the GIL: to wait in a blocking call, because a
// waiting thread asked (its switch interval ran out), or because it ended.
enum class GilRelease { blocking, forced, exit };

struct Gil {
    std::mutex mutex;
    std::condition_variable cond;      // signalled when the GIL is released
    std::condition_variable switched;  // signalled when a thread has taken it
    bool locked = false;
    ThreadState* holder = nullptr;
    unsigned long switch_number = 0;  // how many times it changed hands
    std::atomic<int> drop_request{0};
    std::chrono::microseconds interval{5000};
    // How many times a drop request made the holder let go (for the GIL
    // trace view and tests).
    std::atomic<unsigned long> forced_switches{0};
    // The thread that let go of it last (its thread id, 0 before any; its
    // name while the GIL trace view is on) and why: a thread taking it
    // from another is a hand-off, which the view reports.
    unsigned long released_by = 0;
    std::string released_by_name;
    GilRelease release_reason = GilRelease::blocking;
};

Gil& gil();

// What the trace views call ts's thread: its name, else "thread ID".
std::string thread_name(const ThreadState* ts, unsigned long ident);

// Takes the GIL for ts (blocks); ts becomes the current thread state.
void gil_acquire(ThreadState* ts);
// Releases it.
void gil_release(ThreadState* ts, GilRelease why = GilRelease::blocking);
// sys.setswitchinterval: how long a waiting thread lets the holder run
// before asking it to let go (the caller holds the GIL).
void gil_set_interval(std::chrono::microseconds interval);
// At an eval-breaker check: lets another thread run if one asked.
void gil_yield_if_requested(ThreadState* ts);

// In the child of fork(), which only the forking thread (ts, holding the
// GIL) survives: a new GIL, held by ts, and no drop request pending.
void gil_reinit_after_fork(ThreadState* ts);

// Releases the GIL for the life of the object (a blocking wait), then
// takes it back: the equivalent of Py_BEGIN/END_ALLOW_THREADS.
class GilReleased {
public:
    GilReleased();
    ~GilReleased();
    GilReleased(const GilReleased&) = delete;
    GilReleased& operator=(const GilReleased&) = delete;

private:
    ThreadState* ts_;
};

}  // namespace glasspy::rt
