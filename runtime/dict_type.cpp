// dict's methods as Python sees them: the table dict_type.tp_methods points
// at, and the thin wrappers that check arguments the way CPython 3.11 does
// before calling the C++ functions of dict.cpp (CPython:
// Objects/dictobject.c mapp_methods, Objects/clinic/dictobject.c.h).
//
// keys(), values() and items() return live views (dict_views.hpp).

#include "runtime/dict.hpp"
#include "runtime/dict_views.hpp"

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/generic_alias.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// dict.get(key, default=None, /)
Object* get(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.get", kwnames) || !check_positional("get", nargs, 1, 2))
        return nullptr;
    return dict_get(self, args[0], nargs == 2 ? args[1] : nullptr);
}

// dict.setdefault(key, default=None, /)
Object* setdefault(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.setdefault", kwnames) ||
        !check_positional("setdefault", nargs, 1, 2))
        return nullptr;
    return dict_setdefault(self, args[0], nargs == 2 ? args[1] : nullptr);
}

// dict.pop(key[, default]): without a default a missing key is KeyError(key).
Object* pop(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.pop", kwnames) || !check_positional("pop", nargs, 1, 2))
        return nullptr;
    return dict_pop(self, args[0], nargs == 2 ? args[1] : nullptr);
}

Object* popitem(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.popitem", nargs, kwnames)) return nullptr;
    return dict_popitem(self);
}

// dict.update([other], **kwargs): METH_VARARGS | METH_KEYWORDS in CPython
// (dict_update_common): at most one positional argument, merged first (a
// dict, a mapping with keys(), or an iterable of pairs), then the keyword
// arguments in the order they were written.
Object* update(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (nargs > 1) {
        set_error_fmt(&exc::TypeError, "update expected at most 1 argument, got {}", nargs);
        return nullptr;
    }
    if (nargs == 1 && dict_update(self, args[0]) < 0) return nullptr;
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; ++i)
        if (dict_setitem(self, tuple_item(kwnames, i), args[nargs + i]) < 0) return nullptr;
    return none_ref();
}

Object* copy(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.copy", nargs, kwnames)) return nullptr;
    return dict_copy(self);
}

Object* clear(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.clear", nargs, kwnames)) return nullptr;
    dict_clear(self);
    return none_ref();
}

Object* reversed_(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.__reversed__", nargs, kwnames)) return nullptr;
    return dict_iter_of(self, &dict_revkeyiter_type);
}

Object* keys(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.keys", nargs, kwnames)) return nullptr;
    return dict_view_new(self, &dict_keys_type);
}

Object* values(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.values", nargs, kwnames)) return nullptr;
    return dict_view_new(self, &dict_values_type);
}

Object* items(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.items", nargs, kwnames)) return nullptr;
    return dict_view_new(self, &dict_items_type);
}

// dict.fromkeys(iterable, value=None, /), a class method: a new dict of the
// class it was reached through (self).  A subclass is built by calling it
// and then storing each key, as CPython's dict_fromkeys_impl does.
Object* fromkeys(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.fromkeys", kwnames) || !check_positional("fromkeys", nargs, 1, 2))
        return nullptr;
    auto* type = static_cast<TypeObject*>(self);
    Object* value = nargs == 2 ? args[1] : None();
    if (type == &dict_type) return dict_fromkeys(args[0], value);
    Ref<> d = Ref<>::steal(call(type, nullptr, 0));
    if (!d) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(args[0]));
    if (!it) return nullptr;
    for (;;) {
        Ref<> key = Ref<>::steal(iter_next(it.get()));
        if (!key) return error_occurred() ? nullptr : d.release();
        if (set_item(d.get(), key.get(), value) < 0) return nullptr;
    }
}

// d.__contains__(key) and d.__getitem__(key) are METH_O | METH_COEXIST in
// CPython: the same operations as `key in d` and `d[key]`.
Object* contains_(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("dict.__contains__", nargs, kwnames)) return nullptr;
    int found = dict_contains(self, args[0]);
    return found < 0 ? nullptr : bool_from(found);
}

Object* getitem_(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("dict.__getitem__", nargs, kwnames)) return nullptr;
    return get_item(self, args[0]);
}

Object* sizeof_(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("dict.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_ssize(dict_sizeof(self));
}

}  // namespace

// d | other: a new plain dict, d's items then other's (PEP 584; CPython:
// dict_or).  Only dict with dict: anything else is NotImplemented, so that a
// mapping type (UserDict, ChainMap) can answer through its __ror__.
Object* dict_or(Object* a, Object* b) {
    if (!is_dict(a) || !is_dict(b)) return new_ref(NotImplemented()).release();
    Ref<> result = Ref<>::steal(dict_copy(a));
    if (!result || dict_update(result.get(), b) < 0) return nullptr;
    return result.release();
}

// d |= other: as d.update(other), so other may be any mapping or iterable
// of pairs (CPython: dict_ior).
Object* dict_ior(Object* self, Object* other) {
    if (dict_update(self, other) < 0) return nullptr;
    return new_ref(self).release();
}

// In CPython's order (dictobject.c mapp_methods).
extern constinit const BuiltinDef dict_methods[] = {
    {"__contains__", contains_,
     "__contains__($self, key, /)\n--\n\n"
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", getitem_, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", sizeof_, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", get,
     "get($self, key, default=None, /)\n--\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", setdefault,
     "setdefault($self, key, default=None, /)\n--\n\n" "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", pop,
     "pop($self, key, default=<unrepresentable>, /)\n--\n\n" "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", popitem,
     "popitem($self, /)\n--\n\n" "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty."},
    {"__reversed__", reversed_,
     "__reversed__($self, /)\n--\n\n"
     "Return a reverse iterator over the dict keys."},
    {"keys", keys, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", items, "D.items() -> a set-like object providing a view on D's items"},
    {"values", values, "D.values() -> an object providing a view on D's values"},
    {"update", update,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
     "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
     "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
     "In either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"fromkeys", fromkeys,
     "fromkeys($type, iterable, value=None, /)\n--\n\n"
     "Create a new dictionary with keys from iterable and values set to value.", true},
    {"clear", clear, "D.clear() -> None.  Remove all items from D."},
    {"copy", copy, "D.copy() -> a shallow copy of D"},
    {"__class_getitem__", generic_alias_class_getitem, "See PEP 585", true},
    {nullptr, nullptr, nullptr},
};

}  // namespace glasspy::rt
