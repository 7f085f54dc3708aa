// The GIL; see gil.hpp.
#include "runtime/gil.hpp"

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

void update_eval_breaker(InterpreterState& in, Gil& g) {
    int pending = g.drop_request.load(std::memory_order_relaxed) | in.sigint_pending.load(std::memory_order_relaxed);
    in.eval_breaker.store(pending, std::memory_order_release);
}

}  // namespace

void gil_acquire(ThreadState* ts) {
    Gil& g = gil();
    std::unique_lock<std::mutex> lock(g.mutex);
    while (g.locked) {
        unsigned long seen = g.switch_number;
        bool released = g.cond.wait_for(lock, g.interval, [&] { return !g.locked; });
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
    g.switched.notify_all();
}

void gil_release(ThreadState*) {
    Gil& g = gil();
    std::unique_lock<std::mutex> lock(g.mutex);
    g.locked = false;
    g.holder = nullptr;
    g.cond.notify_one();
}

void gil_yield_if_requested(ThreadState* ts) {
    Gil& g = gil();
    if (!g.drop_request.load(std::memory_order_relaxed)) return;
    {
        std::unique_lock<std::mutex> lock(g.mutex);
        unsigned long before = g.switch_number;
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
