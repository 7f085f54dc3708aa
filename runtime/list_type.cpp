// list's methods as Python sees them: the table list_type.tp_methods points
// at, and the thin wrappers that check arguments the way CPython 3.11 does
// before calling the C++ functions of list.cpp (CPython:
// Objects/listobject.c list_methods, Objects/clinic/listobject.c.h).
//
// Each wrapper has the vectorcall shape (type.hpp) and receives the list as
// self: the method descriptor has already checked that self is a list.
// The calling convention of the CPython method decides the error messages
// (args.hpp): append/extend/remove/count are METH_O, clear/copy/
// reverse/__reversed__ METH_NOARGS, insert/pop/index Argument Clinic's
// positional-only form, sort keyword-only.
#include "runtime/list.hpp"

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
// and the message does not offer it.  tuple_type.cpp has the same helper.
bool slice_index_not_none(Object* o, ssize_t* out) {
    if (o != None() && (is_int(o) || o->ob_type->nb_index)) return arg_slice_index(o, out);
    set_error(&exc::TypeError, "slice indices must be integers or have an __index__ method");
    return false;
}

// A C++ status as the method's result: None, or null on error.
Object* none_or_error(int status) {
    return status < 0 ? nullptr : none_ref();
}

Object* append(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("list.append", nargs, kwnames)) return nullptr;
    return none_or_error(list_append(self, args[0]));
}

Object* extend(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("list.extend", nargs, kwnames)) return nullptr;
    return none_or_error(list_extend(self, args[0]));
}

// list.insert(index, object, /): the index goes through __index__ (a float
// is a TypeError) and is clipped to the list, as list_insert does.
Object* insert(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("list.insert", kwnames) || !check_positional("insert", nargs, 2, 2))
        return nullptr;
    ssize_t where;
    if (!arg_ssize(args[0], &where)) return nullptr;
    return none_or_error(list_insert(self, where, args[1]));
}

// list.pop(index=-1, /)
Object* pop(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("list.pop", kwnames) || !check_positional("pop", nargs, 0, 1))
        return nullptr;
    ssize_t index = -1;
    if (nargs == 1 && !arg_ssize(args[0], &index)) return nullptr;
    return list_pop(self, index);
}

Object* remove(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("list.remove", nargs, kwnames)) return nullptr;
    return none_or_error(list_remove(self, args[0]));
}

// list.index(value, start=0, stop=sys.maxsize, /): the bounds are slice
// indices, so None is refused and huge values are clamped.
Object* index(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("list.index", kwnames) || !check_positional("index", nargs, 1, 3))
        return nullptr;
    ssize_t start = 0, stop = PTRDIFF_MAX;
    if (nargs >= 2 && !slice_index_not_none(args[1], &start)) return nullptr;
    if (nargs >= 3 && !slice_index_not_none(args[2], &stop)) return nullptr;
    ssize_t i = list_index(self, args[0], start, stop);
    return i < 0 ? nullptr : int_from_ssize(i);
}

Object* count(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("list.count", nargs, kwnames)) return nullptr;
    ssize_t n = list_count(self, args[0]);
    return n < 0 ? nullptr : int_from_ssize(n);
}

Object* reverse(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("list.reverse", nargs, kwnames)) return nullptr;
    list_reverse(self);
    return none_ref();
}

// list.sort(*, key=None, reverse=False).  CPython's clinic code reads
// `reverse` as a C int, so it must be an int (a bool is one): a float or a
// str is a TypeError, not a truth test.
Object* sort(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* keywords[] = {"key", "reverse"};
    static constexpr ArgParser parser{"sort", keywords, 0, 0, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    int reverse = 0;
    if (argv[1] && !arg_int(argv[1], &reverse)) return nullptr;
    Object* key = argv[0] == None() ? nullptr : argv[0];
    return none_or_error(list_sort(self, key, reverse != 0));
}

Object* clear(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("list.clear", nargs, kwnames)) return nullptr;
    list_clear(self);
    return none_ref();
}

Object* copy(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("list.copy", nargs, kwnames)) return nullptr;
    return list_copy(self);
}

Object* reversed(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("list.__reversed__", nargs, kwnames)) return nullptr;
    return list_reversed(self);
}

Object* sizeof_(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("list.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_ssize(list_sizeof(self));
}

}  // namespace

// In CPython's order (listobject.c list_methods).
extern constinit const BuiltinDef list_methods[] = {
    {"__reversed__", reversed,
     "__reversed__($self, /)\n--\n\n"
     "Return a reverse iterator over the list."},
    {"__sizeof__", sizeof_,
     "__sizeof__($self, /)\n--\n\n"
     "Return the size of the list in memory, in bytes."},
    {"clear", clear,
     "clear($self, /)\n--\n\n"
     "Remove all items from list."},
    {"copy", copy,
     "copy($self, /)\n--\n\n"
     "Return a shallow copy of the list."},
    {"append", append,
     "append($self, object, /)\n--\n\n"
     "Append object to the end of the list."},
    {"insert", insert,
     "insert($self, index, object, /)\n--\n\n"
     "Insert object before index."},
    {"extend", extend,
     "extend($self, iterable, /)\n--\n\n"
     "Extend list by appending elements from the iterable."},
    {"pop", pop,
     "pop($self, index=-1, /)\n--\n\n" "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or "
     "index is out of range."},
    {"remove", remove,
     "remove($self, value, /)\n--\n\n" "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", index,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\n" "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", count,
     "count($self, value, /)\n--\n\n"
     "Return number of occurrences of value."},
    {"reverse", reverse,
     "reverse($self, /)\n--\n\n"
     "Reverse *IN PLACE*."},
    {"sort", sort,
     "sort($self, /, *, key=None, reverse=False)\n--\n\n"
     "Sort the list in ascending order and return None."},
    {"__class_getitem__", generic_alias_class_getitem, "See PEP 585", true},
    {nullptr, nullptr, nullptr},
};

}  // namespace glasspy::rt
