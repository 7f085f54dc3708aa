// tuple's methods as Python sees them: index and count, the whole of
// tuple_methods in CPython 3.11 apart from __getnewargs__ and
// __class_getitem__ (CPython: Objects/tupleobject.c tuple_methods,
// Objects/clinic/tupleobject.c.h).  The wrappers check arguments as
// CPython does (args.hpp) and call tuple.cpp's C++ functions.
#include "runtime/tuple.hpp"

#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/generic_alias.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"

namespace glasspy::rt {

namespace {

// A start/stop argument of index() (CPython: _PyEval_SliceIndexNotNone):
// arg_slice_index's conversion (huge values clamped), but None is refused
// and the message does not offer it.  list_type.cpp has the same helper.
bool slice_index_not_none(Object* o, ssize_t* out) {
    if (o != None() && (is_int(o) || o->ob_type->nb_index)) return arg_slice_index(o, out);
    set_error(&exc::TypeError, "slice indices must be integers or have an __index__ method");
    return false;
}

// tuple.index(value, start=0, stop=sys.maxsize, /)
Object* index(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("tuple.index", kwnames) || !check_positional("index", nargs, 1, 3))
        return nullptr;
    ssize_t start = 0, stop = PTRDIFF_MAX;
    if (nargs >= 2 && !slice_index_not_none(args[1], &start)) return nullptr;
    if (nargs >= 3 && !slice_index_not_none(args[2], &stop)) return nullptr;
    ssize_t i = tuple_index(self, args[0], start, stop);
    return i < 0 ? nullptr : int_from_ssize(i);
}

// tuple.count(value, /): METH_O.
Object* count(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("tuple.count", nargs, kwnames)) return nullptr;
    ssize_t n = tuple_count(self, args[0]);
    return n < 0 ? nullptr : int_from_ssize(n);
}

Object* sizeof_(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("tuple.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_ssize(tuple_sizeof(self));
}

}  // namespace

extern constinit const BuiltinDef tuple_methods[] = {
    {"index", index,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\n" "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", count,
     "count($self, value, /)\n--\n\n"
     "Return number of occurrences of value."},
    {"__sizeof__", sizeof_, "Return the size of the tuple in memory, in bytes."},
    {"__class_getitem__", generic_alias_class_getitem, "See PEP 585", true},
    {nullptr, nullptr, nullptr},
};

}  // namespace glasspy::rt
