// The GIL; see gil.hpp.
#include "runtime/gil.hpp"

#include <algorithm>
#include <pthread.h>

#include "runtime/state.hpp"

namespace glasspy::rt {

namespace {
// Never destroyed: at exit, daemon threads may still be waiting on it
// (CPython leaves them blocked on the GIL the same way).
Gil* the_gil = nullptr;
}  // namespace

Gil& gil() {
    if (!the_gil) the_gil = new Gil;
    return *the_gil;
}

void gil_reinit_after_fork(ThreadState* ts) {
    // The other threads' copies of the mutex and condition variables may have
    // been mid-use when fork() copied them; the only safe thing is new ones
    // (CPython: _PyEval_ReInitThreads recreates the GIL's locks).  The old
    // object is left as it is: destroying a locked mutex is undefined.
    Gil* fresh = new Gil;
    fresh->interval = the_gil ? the_gil->interval : fresh->interval;
    fresh->locked = true;
    fresh->holder = ts;
    the_gil = fresh;
    interp().eval_breaker.store(interp().sigint_pending.load(std::memory_order_relaxed), std::memory_order_release);
}

namespace {

unsigned long self_ident() { return static_cast<unsigned long>(pthread_self()); }

void update_eval_breaker(InterpreterState& in, Gil& g) {
    int pending = g.drop_request.load(std::memory_order_relaxed) | in.sigint_pending.load(std::memory_order_relaxed);
    in.eval_breaker.store(pending, std::memory_order_release);
}

// Takes the GIL (blocking); when another thread let go of it last, says
// which and why.
void take(Gil& g, ThreadState* ts, unsigned long me, std::string* from, GilRelease* why) {
    std::unique_lock<std::mutex> lock(g.mutex);
    while (g.locked) {
        unsigned long seen = g.switch_number;
        // Under 1 us it is 1 us, as in CPython (take_gil); an hour at most,
        // which the clock's arithmetic takes without overflowing.
        auto interval = std::clamp(g.interval, std::chrono::microseconds(1),
                                   std::chrono::microseconds(std::chrono::hours(1)));
        bool released = g.cond.wait_for(lock, interval, [&] { return !g.locked; });
        if (!released && g.locked && g.switch_number == seen) {
            // The holder ran a whole interval: ask it to let go.
            g.drop_request.store(1, std::memory_order_relaxed);
            interp().eval_breaker.store(1, std::memory_order_release);
        }
    }
    g.locked = true;
    g.holder = ts;
    ++g.switch_number;
    if (g.drop_request.exchange(0, std::memory_order_relaxed)) update_eval_breaker(interp(), g);
    ThreadState::current() = ts;
    if (g.released_by && g.released_by != me) {
        *from = g.released_by_name;
        *why = g.release_reason;
    }
    g.switched.notify_all();
}

// The thread letting go: who it is, for the GIL trace view (only named
// while the view is on).
void note_release(Gil& g, const ThreadState* ts, GilRelease why) {
    g.released_by = self_ident();
    g.release_reason = why;
    if (tracing::wants(tracing::GIL) && ts)
        g.released_by_name = thread_name(ts, g.released_by);
    else
        g.released_by_name.clear();
}

}  // namespace

std::string thread_name(const ThreadState* ts, unsigned long ident) {
    return ts->name.empty() ? "thread " + std::to_string(ident) : ts->name;
}

void gil_acquire(ThreadState* ts) {
    Gil& g = gil();
    unsigned long me = self_ident();
    std::string from;
    GilRelease why = GilRelease::blocking;
    take(g, ts, me, &from, &why);
    // Reported holding the GIL, with its own lock free.
    InterpreterState& in = interp();
    if (!from.empty() && tracing::wants(tracing::GIL) && in.trace_hooks.gil_handed)
        in.trace_hooks.gil_handed(from, thread_name(ts, me), static_cast<int>(why),
                                  static_cast<long>(g.interval.count()));
}

void gil_release(ThreadState* ts, GilRelease why) {
    Gil& g = gil();
    std::unique_lock<std::mutex> lock(g.mutex);
    note_release(g, ts, why);
    g.locked = false;
    g.holder = nullptr;
    g.cond.notify_one();
}

void gil_set_interval(std::chrono::microseconds interval) {
    Gil& g = gil();
    std::lock_guard<std::mutex> lock(g.mutex);  // the waiters read it holding the mutex
    g.interval = interval;
}

void gil_yield_if_requested(ThreadState* ts) {
    Gil& g = gil();
    if (!g.drop_request.load(std::memory_order_relaxed)) return;
    {
        std::unique_lock<std::mutex> lock(g.mutex);
        unsigned long before = g.switch_number;
        note_release(g, ts, GilRelease::forced);
        g.locked = false;
        g.holder = nullptr;
        g.cond.notify_one();
        g.forced_switches.fetch_add(1, std::memory_order_relaxed);
        // FORCE_SWITCHING: not before another thread has had it.
        g.switched.wait(lock, [&] { return g.switch_number != before; });
    }
    gil_acquire(ts);
}

GilReleased::GilReleased() : ts_(ThreadState::current()) { gil_release(ts_); }

GilReleased::~GilReleased() { gil_acquire(ts_); }

}  // namespace glasspy::rt
