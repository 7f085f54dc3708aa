// What the built-in iterator types share: __iter__ returning the iterator
// itself, and __length_hint__ (PEP 424), the count of items left that
// list(it) and operator.length_hint() ask for, computed by each type's own
// `remaining` function (CPython: each iterator's *_len method).
#pragma once

#include "runtime/args.hpp"
#include "runtime/int.hpp"
#include "runtime/object.hpp"

namespace glasspy::rt {

inline Object* self_iter(Object* self) { return new_ref(self).release(); }

inline constexpr const char* LENGTH_HINT_DOC = "Private method returning an estimate of len(list(it)).";

// remaining(it): the items left, 0 when exhausted, -1 with an error set.
template <ssize_t (*remaining)(Object*)>
Object* length_hint_method(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
    ssize_t n = remaining(self);
    return n < 0 ? nullptr : int_from_ssize(n);
}

}  // namespace glasspy::rt
