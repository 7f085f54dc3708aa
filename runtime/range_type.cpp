// range's methods as Python sees them: index and count (CPython:
// Objects/rangeobject.c range_methods).  Both are METH_O; the work is
// range.cpp's range_index / range_count, which answer ints arithmetically
// and fall back to iterating for other values.
#include "runtime/range.hpp"

#include "runtime/args.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

Object* index(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("range.index", nargs, kwnames)) return nullptr;
    return range_index(self, args[0]);
}

Object* count(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("range.count", nargs, kwnames)) return nullptr;
    return range_count(self, args[0]);
}

// __reduce__: range(start, stop, step) again (for pickle and copy).
Object* reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("range.__reduce__", nargs, kwnames)) return nullptr;
    auto* r = static_cast<RangeObject*>(self);
    Ref<> args = Ref<>::steal(tuple_pack({r->start, r->stop, r->step}));
    if (!args) return nullptr;
    return tuple_pack({&range_type, args.get()});
}

}  // namespace

extern constinit const BuiltinDef range_methods[] = {
    {"__reduce__", reduce, nullptr},
    {"count", count,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", index,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value "
     "is not present."},
    {nullptr, nullptr, nullptr},
};

}  // namespace glasspy::rt
