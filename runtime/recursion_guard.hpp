// Counts native recursion (repr of nested containers, comparisons and
// isinstance hooks that call back into Python ...) against the recursion
// limit, on the same counter as Python frames (CPython 3.11:
// _Py_EnterRecursiveCall).  The message suffix says where it happened:
// "maximum recursion depth exceeded in comparison".
#pragma once

#include <string_view>

#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/state.hpp"

namespace glasspy::rt {

class RecursionGuard {
public:
    explicit RecursionGuard(std::string_view where) {
        ThreadState* ts = ThreadState::current();
        if (++ts->recursion_depth > ts->interp->recursion_limit) {
            set_error_fmt(&exc::RecursionError, "maximum recursion depth exceeded{}", where);
            failed_ = true;
        }
    }
    ~RecursionGuard() { --ThreadState::current()->recursion_depth; }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;
    bool failed() const { return failed_; }

private:
    bool failed_ = false;
};

}  // namespace glasspy::rt
