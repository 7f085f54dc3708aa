// Running a recursive algorithm on a thread with a large stack.
//
// The parser, the tree builder and ast.dump recurse once per nesting level of
// the source, and the guards that stop them (MAX_NESTING, MAX_DUMP_DEPTH) are
// set to CPython's depths; a sanitizer build can need several times the
// stack per level that a release build does.  So they run on a thread whose
// stack is reserved large (pages are only committed when touched) instead of
// depending on the size of whichever stack called them.
#pragma once

#include <cstddef>
#include <exception>
#include <new>
#include <utility>

namespace glasspy::rt {

// 512 MiB of address space; a release build touches at most a few MiB of it.
inline constexpr std::size_t DEEP_STACK_SIZE = 512u << 20;

// Runs body() on a thread with a DEEP_STACK_SIZE stack and waits for it;
// returns false if no such thread could be made (then body did not run).
bool run_on_deep_stack(void (*body)(void*), void* arg);

// Runs f() there and returns its result; exceptions thrown by f propagate.
// If no thread can be made, f runs on the caller's stack.
template <typename F> auto with_deep_stack(F&& f) -> decltype(f()) {
    using R = decltype(f());
    struct Call {
        F* f;
        std::exception_ptr error;
        alignas(R) unsigned char result[sizeof(R)];
        bool has_result = false;
    } call{&f, nullptr, {}, false};
    auto body = [](void* p) {
        auto* c = static_cast<Call*>(p);
        try {
            new (c->result) R((*c->f)());
            c->has_result = true;
        } catch (...) {
            c->error = std::current_exception();
        }
    };
    if (!run_on_deep_stack(body, &call)) return f();
    if (call.error) std::rethrow_exception(call.error);
    R* r = std::launder(reinterpret_cast<R*>(call.result));
    R out = std::move(*r);
    r->~R();
    return out;
}

}  // namespace glasspy::rt
