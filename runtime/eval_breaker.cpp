// Signals and the eval breaker; see eval_breaker.hpp.
#include "runtime/eval_breaker.hpp"

#include <csignal>
#include <cstdlib>
#include <unistd.h>

#include "gc/collector.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/gil.hpp"
#include "runtime/state.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

// Only lock-free atomic stores: all a signal handler may safely do.
extern "C" void on_sigint(int) {
    InterpreterState& in = interp();
    in.sigint_pending.store(1, std::memory_order_relaxed);
    in.eval_breaker.store(1, std::memory_order_release);
}

}  // namespace

void install_signal_handlers() {
    (void)interp();  // constructed now, never first inside the handler
    // As CPython: a SIGINT the parent set to be ignored stays ignored (a
    // background job of a non-interactive shell, nohup).
    struct sigaction current = {};
    if (sigaction(SIGINT, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) return;
    struct sigaction action = {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocking read returns EINTR
    sigaction(SIGINT, &action, nullptr);
}

bool check_signals() {
    InterpreterState& in = interp();
    if (!in.sigint_pending.exchange(0, std::memory_order_acq_rel)) return true;
    // CPython runs signal handlers in the main thread only.
    if (ThreadState::current() != in.threads) {
        in.sigint_pending.store(1, std::memory_order_relaxed);
        return true;
    }
    Object* no_args = tuple_new(0);
    if (!no_args) return false;
    set_error_object(&exc::KeyboardInterrupt, no_args);
    decref(no_args);
    return false;
}

bool handle_eval_breaker() {
    InterpreterState& in = interp();
    in.eval_breaker.store(0, std::memory_order_relaxed);
    // Another thread waited a switch interval for the GIL.
    gil_yield_if_requested(ThreadState::current());
    // An allocation crossed generation 0's threshold (gc/collector.hpp).
    if (in.gc.collection_pending) gc::collect_generations(in.gc);
    return check_signals();
}

void exit_by_sigint() {
    std::fflush(stdout);
    std::fflush(stderr);
    std::signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    std::_Exit(130);  // if SIGINT was blocked
}

}  // namespace glasspy::rt
