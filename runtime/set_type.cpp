// set's and frozenset's methods as Python sees them: the two tables
// set_type.tp_methods and frozenset_type.tp_methods point at, and the thin
// wrappers that check arguments the way CPython 3.11 does before calling the
// C++ functions of set.cpp (CPython: Objects/setobject.c set_methods,
// frozenset_methods).
//
// frozenset shares the wrappers of the methods that do not change the set;
// the messages name the type the method was called on ("frozenset.copy()
// takes no arguments (1 given)").  union/intersection/difference/update
// take any number of iterables (METH_VARARGS); the others one (METH_O) or
// none (METH_NOARGS).
//
// A set used as a key (s.remove({1}), s.discard({1}), s.__contains__({1}))
// is unhashable, so CPython retries with frozenset(key): that retry is here.
//
// intersection_update and difference_update are missing: matching
// CPython's table layout afterwards needs set.cpp's internal
// set_swap_bodies and set_table_resize, which set.hpp does not export.
#include "runtime/set.hpp"

#include <string_view>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/generic_alias.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

// The qualified name in messages, "frozenset.copy" or "set.copy" by the
// type of self: each wrapper passes the frozenset spelling, of which the set
// one is the tail (no string is built on the call path).
std::string_view qualname(Object* self, std::string_view frozen_qualname) {
    return is_frozenset(self) ? frozen_qualname : frozen_qualname.substr(6);
}

Object* none_or_error(int status) {
    return status < 0 ? nullptr : none_ref();
}
Object* bool_or_error(int truth) {
    return truth < 0 ? nullptr : bool_from(truth != 0);
}

// Runs op(set, key); if key is a set and op failed because it is unhashable,
// runs it again with frozenset(key) (CPython: set_remove, set_discard,
// set_contains).
template <typename Op> int with_frozen_key(Object* set, Object* key, Op op) {
    int rv = op(set, key);
    if (rv >= 0 || !is_set(key) || !error_matches(&exc::TypeError)) return rv;
    clear_error();
    Ref<> frozen = Ref<>::steal(frozenset_new(key));
    if (!frozen) return -1;
    return op(set, frozen.get());
}

// ---- changing a set ----------------------------------------------------------------------

Object* add(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("set.add", nargs, kwnames)) return nullptr;
    return none_or_error(set_add(self, args[0]));
}

Object* discard(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("set.discard", nargs, kwnames)) return nullptr;
    return none_or_error(with_frozen_key(self, args[0], set_discard));
}

// set.remove(x): KeyError(x) with the key as given, even when the lookup was
// retried with a frozenset.
Object* remove(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("set.remove", nargs, kwnames)) return nullptr;
    int rv = with_frozen_key(self, args[0], set_discard);
    if (rv < 0) return nullptr;
    if (rv == 0) {
        set_key_error(args[0]);
        return nullptr;
    }
    return none_ref();
}

Object* pop(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("set.pop", nargs, kwnames)) return nullptr;
    return set_pop(self);
}

Object* clear(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("set.clear", nargs, kwnames)) return nullptr;
    set_clear(self);
    return none_ref();
}

// set.update(*others)
Object* update(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set.update", kwnames)) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i)
        if (set_update(self, args[i]) < 0) return nullptr;
    return none_ref();
}

// set.intersection_update(*others) / difference_update(*others): the
// result of intersection()/difference() becomes the set's contents.
Object* replace_contents(Object* self, Ref<> result) {
    if (!result) return nullptr;
    if (result.get() == self) return none_ref();  // no others: nothing changes
    set_clear(self);
    if (set_update(self, result.get()) < 0) return nullptr;
    return none_ref();
}

Object* intersection_update(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set.intersection_update", kwnames)) return nullptr;
    Ref<> result = new_ref(self);
    for (ssize_t i = 0; i < nargs && result; ++i) result = Ref<>::steal(set_intersection(result.get(), args[i]));
    return replace_contents(self, std::move(result));
}

Object* difference_update(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set.difference_update", kwnames)) return nullptr;
    Ref<> result = new_ref(self);
    for (ssize_t i = 0; i < nargs && result; ++i) result = Ref<>::steal(set_difference(result.get(), args[i]));
    return replace_contents(self, std::move(result));
}

// set.symmetric_difference_update(other), as CPython's: other (made a set
// first unless it is one, so that repeated items count once) is walked, and
// each key is removed if present, added if not.
Object* symmetric_difference_update(Object* self, Object* const* args, ssize_t nargs,
                                    Object* kwnames) {
    if (!check_one_arg("set.symmetric_difference_update", nargs, kwnames)) return nullptr;
    Object* other = args[0];
    if (other == self) {
        set_clear(self);
        return none_ref();
    }
    Ref<> otherset = is_anyset(other) ? new_ref(other) : Ref<>::steal(set_new(other));
    if (!otherset) return nullptr;
    ssize_t pos = 0;
    Object* key;
    ssize_t h;
    while (set_next(otherset.get(), &pos, &key, &h)) {
        Ref<> k = new_ref(key);
        int rv = set_discard(self, k.get());
        if (rv < 0) return nullptr;
        if (rv == 0 && set_add(self, k.get()) < 0) return nullptr;
    }
    return none_ref();
}

// ---- making new sets (set and frozenset) ------------------------------------------------

// copy(): a frozenset's copy is the frozenset itself.
Object* copy(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "frozenset.copy"), nargs, kwnames)) return nullptr;
    return set_copy(self);
}

// union(*others): a copy of self, then each other added (self itself skipped).
Object* union_(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname(self, "frozenset.union"), kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(set_union(self, self));
    if (!result) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i)
        if (args[i] != self && set_update(result.get(), args[i]) < 0) return nullptr;
    return result.release();
}

// intersection(*others): without arguments a copy (self, for a frozenset).
Object* intersection(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname(self, "frozenset.intersection"), kwnames)) return nullptr;
    Ref<> result = nargs == 0 ? Ref<>::steal(set_copy(self)) : new_ref(self);
    for (ssize_t i = 0; i < nargs && result; ++i)
        result = Ref<>::steal(set_intersection(result.get(), args[i]));
    return result.release();
}

// difference(*others): without arguments a copy (self, for a frozenset).
Object* difference(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname(self, "frozenset.difference"), kwnames)) return nullptr;
    Ref<> result = nargs == 0 ? Ref<>::steal(set_copy(self)) : new_ref(self);
    for (ssize_t i = 0; i < nargs && result; ++i)
        result = Ref<>::steal(set_difference(result.get(), args[i]));
    return result.release();
}

// symmetric_difference(other): other is made a set first (CPython does the
// same), so any iterable works.
Object* symmetric_difference(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "frozenset.symmetric_difference"), nargs, kwnames))
        return nullptr;
    if (is_anyset(args[0])) return set_symmetric_difference(self, args[0]);
    Ref<> otherset = Ref<>::steal(set_new(args[0]));
    if (!otherset) return nullptr;
    return set_symmetric_difference(self, otherset.get());
}

// ---- comparisons (set and frozenset) ------------------------------------------------------

Object* issubset(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "frozenset.issubset"), nargs, kwnames)) return nullptr;
    return bool_or_error(set_issubset(self, args[0]));
}

Object* issuperset(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "frozenset.issuperset"), nargs, kwnames)) return nullptr;
    return bool_or_error(set_issuperset(self, args[0]));
}

Object* isdisjoint(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "frozenset.isdisjoint"), nargs, kwnames)) return nullptr;
    return bool_or_error(set_isdisjoint(self, args[0]));
}

Object* contains_(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "frozenset.__contains__"), nargs, kwnames)) return nullptr;
    return bool_or_error(with_frozen_key(self, args[0], set_contains));
}

Object* sizeof_(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "frozenset.__sizeof__"), nargs, kwnames)) return nullptr;
    return int_from_ssize(set_sizeof(self));
}

// __reduce__: type(s)(list(s)), with the instance's __dict__ as the state
// (for pickle's fallback and copy).
Object* reduce_(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "set.__reduce__"), nargs, kwnames)) return nullptr;
    Ref<> items = Ref<>::steal(list_from_iterable(self));
    Ref<> args = items ? Ref<>::steal(tuple_pack({items.get()})) : Ref<>();
    if (!args) return nullptr;
    Ref<> state = Ref<>::steal(get_attr_str(self, "__dict__"));
    if (!state) {
        if (!error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
        state = Ref<>::borrow(None());
    }
    return tuple_pack({type_of(self), args.get(), state.get()});
}

}  // namespace

// In CPython's order (setobject.c set_methods, frozenset_methods).
extern constinit const BuiltinDef set_methods[] = {
    {"add", add,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", clear, "Remove all elements from this set."},
    {"__contains__", contains_, "x.__contains__(y) <==> y in x."},
    {"copy", copy, "Return a shallow copy of a set."},
    {"discard", discard,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method "
     "does not "
     "raise\nan exception when an element is missing from the set."},
    {"difference", difference, "Return the difference of two or more sets as a new set."},
    {"intersection", intersection, "Return the intersection of two sets as a new set."},
    {"isdisjoint", isdisjoint, "Return True if two sets have a null intersection."},
    {"issubset", issubset, "Report whether another set contains this set."},
    {"issuperset", issuperset, "Report whether this set contains another set."},
    {"pop", pop,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", remove,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise "
     "a KeyError."},
    {"__reduce__", reduce_, "Return state information for pickling."},
    {"__sizeof__", sizeof_, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", symmetric_difference,
     "Return the symmetric difference of two sets as a new set."},
    {"intersection_update", intersection_update,
     "Update a set with the intersection of itself and another."},
    {"difference_update", difference_update, "Remove all elements of another set from this set."},
    {"symmetric_difference_update", symmetric_difference_update,
     "Update a set with the symmetric difference of itself and another."},
    {"union", union_, "Return the union of sets as a new set."},
    {"update", update, "Update a set with the union of itself and others."},
    {"__class_getitem__", generic_alias_class_getitem, "See PEP 585", true},
    {nullptr, nullptr, nullptr},
};

extern constinit const BuiltinDef frozenset_methods[] = {
    {"__contains__", contains_, "x.__contains__(y) <==> y in x."},
    {"copy", copy, "Return a shallow copy of a set."},
    {"difference", difference, "Return the difference of two or more sets as a new set."},
    {"intersection", intersection, "Return the intersection of two sets as a new set."},
    {"isdisjoint", isdisjoint, "Return True if two sets have a null intersection."},
    {"issubset", issubset, "Report whether another set contains this set."},
    {"issuperset", issuperset, "Report whether this set contains another set."},
    {"__reduce__", reduce_, "Return state information for pickling."},
    {"__sizeof__", sizeof_, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", symmetric_difference,
     "Return the symmetric difference of two sets as a new set."},
    {"union", union_, "Return the union of sets as a new set."},
    {"__class_getitem__", generic_alias_class_getitem, "See PEP 585", true},
    {nullptr, nullptr, nullptr},
};

}  // namespace glasspy::rt
