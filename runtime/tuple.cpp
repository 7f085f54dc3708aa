// The tuple type (CPython: Objects/tupleobject.c).  See tuple.hpp for the
// layout, the empty-tuple singleton and the free lists.
//
// Invariants relied on here: every item of a tuple that has been handed to
// Python code is an owned, non-null reference; a tuple on a free list has
// refcount 0, no items held, and does not count as a reference to its type.
#include "runtime/tuple.hpp"

#include <cstring>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

// The method table, with the wrappers that check arguments (tuple_type.cpp).
extern const BuiltinDef tuple_methods[];

namespace {

TupleState& state() { return interp().tuple_state; }

// ---- allocation and the free lists ----------------------------------------------------

// Takes a tuple of `size` items from its free list (CPython 3.11:
// maybe_freelist_pop).  The list is a singly linked stack through
// ob_item[0], so the tuple freed last is reused first.
TupleObject* maybe_freelist_pop(ssize_t size) {
    if (size == 0 || size > TupleState::MAXSAVESIZE) return nullptr;
    TupleState& st = state();
    ssize_t index = size - 1;
    TupleObject* op = st.free_list[index];
    if (!op) return nullptr;
    st.free_list[index] = reinterpret_cast<TupleObject*>(op->ob_item[0]);
    --st.numfree[index];
    // _Py_NewReference: the object comes back to life with one reference
    // and again holds a reference to its type.
    op->ob_refcnt = 1;
    incref(&tuple_type);
    if (tracing::wants(tracing::ALLOC)) tracing::free_list_reused(op, st.numfree[index]);
    return op;
}

// Keeps a dead tuple for reuse if its size's list has room (CPython 3.11:
// maybe_freelist_push).  Only exact tuples: a subclass instance has a
// different size and type.
bool maybe_freelist_push(TupleObject* op) {
    ssize_t size = op->ob_size;
    if (size == 0 || size > TupleState::MAXSAVESIZE || op->ob_type != &tuple_type) return false;
    TupleState& st = state();
    ssize_t index = size - 1;
    if (st.numfree[index] >= TupleState::MAXFREELIST) return false;
    if (tracing::wants(tracing::FREE)) tracing::free_list_kept(op, st.numfree[index] + 1);
    op->ob_item[0] = reinterpret_cast<Object*>(st.free_list[index]);
    st.free_list[index] = op;
    ++st.numfree[index];
    decref(&tuple_type);  // a kept tuple is no live instance of its type
    return true;
}

// tuple_alloc: memory for a tuple of `size` items, untracked, items unset.
TupleObject* tuple_alloc(ssize_t size) {
    if (TupleObject* op = maybe_freelist_pop(size)) return op;
    if (size > (PTRDIFF_MAX - 24) / 8) return static_cast<TupleObject*>(no_memory());
    auto* op = static_cast<TupleObject*>(alloc_object(&tuple_type, size));
    if (!op) return static_cast<TupleObject*>(no_memory());
    return op;
}

Object* empty_tuple() {
    TupleState& st = state();
    if (!st.empty) {
        // The singleton: allocated once, never tracked (it holds nothing),
        // and the state keeps one reference to it for the whole run.
        st.empty = alloc_object(&tuple_type, 0);
        if (!st.empty) return no_memory();
    }
    incref(st.empty);
    return st.empty;
}

// ---- the slots ---------------------------------------------------------------------------

void tuple_dealloc(Object* self) {
    auto* op = static_cast<TupleObject*>(self);
    if (gc::is_tracked(op)) gc::untrack(op);
    if (!trashcan_begin(op)) return;
    ssize_t i = op->ob_size;
    while (--i >= 0) xdecref(op->ob_item[i]);
    if (!maybe_freelist_push(op)) free_object(op);
    trashcan_end();
}

int tuple_traverse(Object* self, visitproc visit, void* arg) {
    auto* op = static_cast<TupleObject*>(self);
    for (ssize_t i = op->ob_size; --i >= 0;)
        if (Object* item = op->ob_item[i])
            if (int r = visit(item, arg)) return r;
    return 0;
}

Object* tuple_repr(Object* self) {
    ssize_t n = tuple_size(self);
    if (n == 0) return str_from_utf8("()");
    // A tuple cannot contain itself directly, but it can through a list.
    int status = repr_enter(self);
    if (status != 0) return status > 0 ? str_from_utf8("(...)") : nullptr;
    std::string out = "(";
    for (ssize_t i = 0; i < n; ++i) {
        if (i > 0) out += ", ";
        Object* r = repr(tuple_item(self, i));
        if (!r) {
            repr_leave(self);
            return nullptr;
        }
        out += str_to_utf8(r);
        decref(r);
    }
    out += n == 1 ? ",)" : ")";
    repr_leave(self);
    return str_from_utf8(out);
}

// tuplehash: CPython 3.8+'s hash, built on xxHash's mixing (XXH64's
// round): each item's hash is folded into an accumulator with two primes
// and a 31-bit rotation, then the length is added, "mangled" so that
// hash(()) keeps the value it had before 3.8.
ssize_t tuple_hash(Object* self) {
    constexpr std::uint64_t XXPRIME_1 = 11400714785074694791ULL;
    constexpr std::uint64_t XXPRIME_2 = 14029467366897019727ULL;
    constexpr std::uint64_t XXPRIME_5 = 2870177450012600261ULL;
    ssize_t len = tuple_size(self);
    std::uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < len; ++i) {
        ssize_t h = hash(tuple_item(self, i));
        if (h == -1) return -1;
        auto lane = static_cast<std::uint64_t>(h);
        acc += lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);  // _PyHASH_XXROTATE
        acc *= XXPRIME_1;
    }
    acc += static_cast<std::uint64_t>(len) ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
    return static_cast<ssize_t>(acc);
}

ssize_t tuple_length(Object* self) { return tuple_size(self); }

int tuple_contains(Object* self, Object* value) {
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < tuple_size(self); ++i)
        cmp = rich_compare_bool(tuple_item(self, i), value, EQ);
    return cmp;
}

Object* tuple_item_slot(Object* self, ssize_t i) {
    if (i < 0 || i >= tuple_size(self)) {
        set_error(&exc::IndexError, "tuple index out of range");
        return nullptr;
    }
    Object* item = tuple_item(self, i);
    incref(item);
    return item;
}

Object* tuple_subscript(Object* self, Object* key) {
    if (is_index(key)) {
        ssize_t i;
        if (!index_from_key(key, &i)) return nullptr;
        if (i < 0) i += tuple_size(self);
        return tuple_item_slot(self, i);
    }
    if (is_slice(key)) {
        ssize_t start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
        ssize_t len = slice_adjust_indices(tuple_size(self), &start, &stop, step);
        if (len <= 0) return empty_tuple();
        if (start == 0 && step == 1 && len == tuple_size(self) && is_tuple_exact(self)) {
            incref(self);
            return self;
        }
        Object* result = tuple_new(len);
        if (!result) return nullptr;
        for (ssize_t cur = start, i = 0; i < len; cur += step, ++i) {
            Object* item = tuple_item(self, cur);
            incref(item);
            tuple_items(result)[i] = item;
        }
        return result;
    }
    set_error_fmt(&exc::TypeError, "tuple indices must be integers or slices, not {}",
                  type_name(key));
    return nullptr;
}

Object* tuple_concat(Object* self, Object* other) {
    if (!is_tuple(other)) {
        set_error_fmt(&exc::TypeError, "can only concatenate tuple (not \"{}\") to tuple",
                      type_name(other));
        return nullptr;
    }
    ssize_t na = tuple_size(self), nb = tuple_size(other);
    if (nb == 0 && is_tuple_exact(self)) return new_ref(self).release();
    if (na == 0 && is_tuple_exact(other)) return new_ref(other).release();
    if (na > PTRDIFF_MAX / 8 - nb) return no_memory();
    Object* result = tuple_new(na + nb);
    if (!result) return nullptr;
    for (ssize_t i = 0; i < na; ++i) incref(tuple_items(result)[i] = tuple_item(self, i));
    for (ssize_t i = 0; i < nb; ++i) incref(tuple_items(result)[na + i] = tuple_item(other, i));
    return result;
}

Object* tuple_repeat(Object* self, ssize_t n) {
    ssize_t size = tuple_size(self);
    if (size == 0 || n == 1) {
        if (is_tuple_exact(self)) return new_ref(self).release();
        if (size == 0) return empty_tuple();
    }
    if (n <= 0) return empty_tuple();
    if (size > PTRDIFF_MAX / 8 / n) return no_memory();
    Object* result = tuple_new(size * n);
    if (!result) return nullptr;
    Object** dest = tuple_items(result);
    for (ssize_t r = 0; r < n; ++r)
        for (ssize_t i = 0; i < size; ++i) incref(*dest++ = tuple_item(self, i));
    return result;
}

// tuplerichcompare: find the first index where the items differ (by ==),
// then compare those two items with the requested operator; if there is
// none, the shorter tuple is the smaller.
Object* tuple_richcompare(Object* self, Object* other, int op) {
    if (!is_tuple(self) || !is_tuple(other)) return new_ref(NotImplemented()).release();
    ssize_t vlen = tuple_size(self), wlen = tuple_size(other);
    ssize_t i = 0;
    for (; i < vlen && i < wlen; ++i) {
        int k = rich_compare_bool(tuple_item(self, i), tuple_item(other, i), EQ);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) {
        bool r = false;
        switch (op) {
        case LT: r = vlen < wlen; break;
        case LE: r = vlen <= wlen; break;
        case EQ: r = vlen == wlen; break;
        case NE: r = vlen != wlen; break;
        case GT: r = vlen > wlen; break;
        case GE: r = vlen >= wlen; break;
        }
        return bool_from(r);
    }
    if (op == EQ) return bool_from(false);
    if (op == NE) return bool_from(true);
    return rich_compare(tuple_item(self, i), tuple_item(other, i), op);
}

// ---- the iterator ------------------------------------------------------------------------

struct TupleIterObject : Object {
    ssize_t it_index;
    Object* it_seq;  // null once exhausted
};

Object* tuple_iter(Object* self) {
    auto* it = static_cast<TupleIterObject*>(alloc_object(&tuple_iter_type));
    if (!it) return no_memory();
    it->it_index = 0;
    incref(self);
    it->it_seq = self;
    gc::track(interp().gc, it);
    return it;
}

void tupleiter_dealloc(Object* self) {
    auto* it = static_cast<TupleIterObject*>(self);
    if (gc::is_tracked(it)) gc::untrack(it);
    clear(it->it_seq);
    free_object(it);
}

int tupleiter_traverse(Object* self, visitproc visit, void* arg) {
    auto* it = static_cast<TupleIterObject*>(self);
    return it->it_seq ? visit(it->it_seq, arg) : 0;
}

Object* tupleiter_next(Object* self) {
    auto* it = static_cast<TupleIterObject*>(self);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    if (it->it_index < tuple_size(seq)) {
        Object* item = tuple_item(seq, it->it_index++);
        incref(item);
        return item;
    }
    clear(it->it_seq);
    return nullptr;
}


// tuple(iterable=()): an exact tuple, or for a subclass a new instance of
// it holding the same items (CPython: tuple_new_impl, tuple_subtype_new).
Object* tuple_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    if (!check_no_keywords("tuple", kwargs) || !check_positional("tuple", args, 0, 1)) return nullptr;
    Ref<> tmp = Ref<>::steal(tuple_size(args) ? tuple_from_iterable(tuple_item(args, 0)) : tuple_new(0));
    if (!tmp || type == &tuple_type) return tmp.release();
    ssize_t n = tuple_size(tmp.get());
    Object* op = alloc_object(type, n);
    if (!op) return no_memory();
    for (ssize_t i = 0; i < n; ++i) incref(tuple_items(op)[i] = tuple_item(tmp.get(), i));
    gc::track(interp().gc, op);
    return op;
}

TypeObject make_tuple_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "tuple";
    // The fixed part stops where the items begin (CPython: sizeof(PyTupleObject) - sizeof(PyObject *)).
    t.tp_basicsize = sizeof(TupleObject) - sizeof(Object*);
    t.tp_itemsize = sizeof(Object*);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS;
    t.tp_doc =
        "tuple(iterable=(), /)\n--\n\n"
        "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
        "If iterable is specified the tuple is initialized from iterable's items.\n\n"
        "If the argument is a tuple, the return value is the same object.";
    t.tp_dealloc = tuple_dealloc;
    t.tp_repr = tuple_repr;
    t.tp_hash = tuple_hash;
    t.tp_richcompare = tuple_richcompare;
    t.tp_iter = tuple_iter;
    t.tp_traverse = tuple_traverse;
    t.sq_length = tuple_length;
    t.sq_concat = tuple_concat;
    t.sq_repeat = tuple_repeat;
    t.sq_item = tuple_item_slot;
    t.sq_contains = tuple_contains;
    t.mp_length = tuple_length;
    t.mp_subscript = tuple_subscript;
    t.tp_new = tuple_tp_new;
    t.tp_methods = tuple_methods;
    return t;
}

ssize_t tupleiter_remaining(Object* self) {
    auto* it = static_cast<TupleIterObject*>(self);
    return it->it_seq ? std::max<ssize_t>(tuple_size(it->it_seq) - it->it_index, 0) : 0;
}

const BuiltinDef TUPLEITER_METHODS[] = {
    {"__length_hint__", length_hint_method<tupleiter_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};

TypeObject make_tuple_iter_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "tuple_iterator";
    t.tp_basicsize = sizeof(TupleIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = tupleiter_dealloc;
    t.tp_traverse = tupleiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = tupleiter_next;
    t.tp_methods = TUPLEITER_METHODS;
    return t;
}

}  // namespace

void tuple_clear_free_list() {
    TupleState& st = state();
    for (int index = 0; index < TupleState::MAXSAVESIZE; ++index) {
        while (TupleObject* op = st.free_list[index]) {
            st.free_list[index] = reinterpret_cast<TupleObject*>(op->ob_item[0]);
            --st.numfree[index];
            incref(&tuple_type);  // free_object drops the reference a live tuple holds
            free_object(op);
        }
    }
}

TypeObject tuple_type = make_tuple_type();
TypeObject tuple_iter_type = make_tuple_iter_type();

// ---- the C++ API ---------------------------------------------------------------------------

Object* tuple_new(ssize_t n) {
    if (n < 0) return bad_internal_call("tuple_new");
    if (n == 0) return empty_tuple();
    TupleObject* op = tuple_alloc(n);
    if (!op) return nullptr;
    std::memset(op->ob_item, 0, static_cast<std::size_t>(n) * sizeof(Object*));
    gc::track(interp().gc, op);
    return op;
}

Object* tuple_from_array(Object* const* items, ssize_t n) {
    Object* t = tuple_new(n);
    if (!t) return nullptr;
    for (ssize_t i = 0; i < n; ++i) {
        incref(items[i]);
        tuple_items(t)[i] = items[i];
    }
    return t;
}

Object* tuple_pack(std::initializer_list<Object*> items) {
    return tuple_from_array(items.begin(), static_cast<ssize_t>(items.size()));
}

bool is_tuple(const Object* o) { return has_flag(o->ob_type, TPFLAGS_TUPLE_SUBCLASS); }
bool is_tuple_exact(const Object* o) { return o->ob_type == &tuple_type; }

Object* tuple_from_iterable(Object* iterable) {
    if (is_tuple_exact(iterable)) return new_ref(iterable).release();
    if (is_list(iterable)) return list_as_tuple(iterable);
    Ref<> list = Ref<>::steal(list_from_iterable(iterable));
    if (!list) return nullptr;
    return list_as_tuple(list.get());
}

Object* tuple_get_slice(Object* t, ssize_t low, ssize_t high) {
    ssize_t n = tuple_size(t);
    if (low < 0) low = 0;
    if (high > n) high = n;
    if (high < low) high = low;
    if (low == 0 && high == n && is_tuple_exact(t)) return new_ref(t).release();
    return tuple_from_array(tuple_items(t) + low, high - low);
}

ssize_t tuple_count(Object* t, Object* value) {
    ssize_t count = 0;
    for (ssize_t i = 0; i < tuple_size(t); ++i) {
        int cmp = rich_compare_bool(tuple_item(t, i), value, EQ);
        if (cmp < 0) return -1;
        count += cmp;
    }
    return count;
}

ssize_t tuple_index(Object* t, Object* value, ssize_t start, ssize_t stop) {
    ssize_t n = tuple_size(t);
    if (start < 0) start = start + n < 0 ? 0 : start + n;
    if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
    for (ssize_t i = start; i < stop && i < tuple_size(t); ++i) {
        int cmp = rich_compare_bool(tuple_item(t, i), value, EQ);
        if (cmp > 0) return i;
        if (cmp < 0) return -1;
    }
    set_error(&exc::ValueError, "tuple.index(x): x not in tuple");
    return -1;
}

ssize_t tuple_sizeof(const Object* t) {
    return t->ob_type->tp_basicsize + tuple_size(t) * t->ob_type->tp_itemsize;
}

bool gc_may_be_tracked(Object* o) {
    if (!is_gc(o)) return false;
    if (is_tuple_exact(o)) return gc::is_tracked(o);
    return true;
}

void tuple_maybe_untrack(Object* t) {
    if (!gc::is_tracked(t)) return;
    for (ssize_t i = tuple_size(t); --i >= 0;) {
        Object* item = tuple_item(t, i);
        // Items may be null while the tuple is being filled: keep it tracked.
        if (!item || gc_may_be_tracked(item)) return;
    }
    gc::untrack(t);
}

}  // namespace glasspy::rt
