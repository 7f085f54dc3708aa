// The list type (CPython: Objects/listobject.c).  See list.hpp for the
// layout, the growth pattern and the free list; sorting is list_sort.cpp.
//
// Invariants relied on here: any call that may run Python code (a
// comparison, a repr, a decref that frees an object with __del__) can
// mutate the list, so loops re-read ob_size and ob_item after such a call
// and never keep an item without a reference of their own across one.
#include "runtime/list.hpp"

#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/none.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

static_assert(sizeof(ListObject) == 40, "CPython's PyListObject: getsizeof([]) == 56 with the GC header");

namespace {

ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }
ListState& state() { return interp().list_state; }

bool valid_index(ssize_t i, ssize_t limit) { return static_cast<std::size_t>(i) < static_cast<std::size_t>(limit); }

}  // namespace

// ---- list_resize: the growth pattern ----------------------------------------------------

// Makes room for newsize items and sets ob_size to it (CPython 3.11:
// list_resize).  Items past the old size are left unset for the caller.
//
// Reallocating on every append would make a loop of n appends cost O(n^2)
// copying, so the list over-allocates: it asks for about 1/8 more than it
// needs, plus 6, rounded down to a multiple of 4:
//     new_allocated = (newsize + (newsize >> 3) + 6) & ~3
// Appending one at a time therefore gives allocated = 0, 4, 8, 16, 24, 32,
// 40, 52, 64, 76, 92, ...  When the list grows by a large jump at once
// (extend with many items) and newsize is closer to that over-allocation
// than to the old size, it allocates exactly newsize rounded up to 4
// instead.  If the current allocation already fits and is not more than
// twice what is needed, nothing is reallocated at all; below half, the
// array shrinks.
int list_resize(Object* list, ssize_t newsize) {
    ListObject* self = as_list(list);
    ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        self->ob_size = newsize;
        return 0;
    }
    auto new_allocated = (static_cast<std::size_t>(newsize) + (newsize >> 3) + 6) & ~std::size_t{3};
    // Do not over-allocate if the new size is closer to the over-allocated
    // size than to the old size.
    if (newsize - self->ob_size > static_cast<ssize_t>(new_allocated - newsize))
        new_allocated = (static_cast<std::size_t>(newsize) + 3) & ~std::size_t{3};
    if (newsize == 0) new_allocated = 0;
    Object** items = nullptr;
    if (new_allocated <= static_cast<std::size_t>(PTRDIFF_MAX) / sizeof(Object*)) {
        if (new_allocated == 0) {
            std::free(self->ob_item);
        } else {
            items = static_cast<Object**>(std::realloc(self->ob_item, new_allocated * sizeof(Object*)));
            if (!items) {
                no_memory();
                return -1;
            }
        }
    } else {
        no_memory();
        return -1;
    }
    self->ob_item = items;
    self->ob_size = newsize;
    self->allocated = static_cast<ssize_t>(new_allocated);
    return 0;
}

// ---- creation and destruction, the free list ----------------------------------------------

// A new list of `size` null items, allocated exactly (CPython: PyList_New).
// The list object comes from the free list when one is there: list_dealloc
// keeps up to 80 dead list objects (their item arrays are freed), so
// `a = [1]; del a; b = []` typically gives b the dead list's id().
void list_clear_free_list() {
    ListState& st = state();
    while (st.numfree > 0) {
        ListObject* op = st.free_list[--st.numfree];
        incref(&list_type);  // free_object drops the reference a live list holds
        free_object(op);
    }
}

Object* list_new(ssize_t size) {
    if (size < 0) return bad_internal_call("list_new");
    ListState& st = state();
    ListObject* op;
    if (st.numfree > 0) {
        op = st.free_list[--st.numfree];
        op->ob_refcnt = 1;  // _Py_NewReference
        incref(&list_type);
        if (tracing::wants(tracing::ALLOC)) tracing::free_list_reused(op, st.numfree);
    } else {
        op = static_cast<ListObject*>(alloc_object(&list_type));
        if (!op) return no_memory();
    }
    if (size <= 0) {
        op->ob_item = nullptr;
    } else {
        if (static_cast<std::size_t>(size) > static_cast<std::size_t>(PTRDIFF_MAX) / sizeof(Object*)) {
            op->ob_item = nullptr;
            op->ob_size = 0;
            op->allocated = 0;
            decref(op);
            return no_memory();
        }
        op->ob_item = static_cast<Object**>(std::calloc(static_cast<std::size_t>(size), sizeof(Object*)));
        if (!op->ob_item) {
            op->ob_size = 0;
            op->allocated = 0;
            decref(op);
            return no_memory();
        }
    }
    op->ob_size = size;
    op->allocated = size;
    gc::track(interp().gc, op);
    return op;
}

// The method table, with the wrappers that check arguments (list_type.cpp).
extern const BuiltinDef list_methods[];

namespace {

void list_dealloc(Object* self) {
    ListObject* op = as_list(self);
    if (gc::is_tracked(op)) gc::untrack(op);
    if (!trashcan_begin(op)) return;
    if (op->ob_item) {
        // Decref in reverse order, as CPython does: a list of a million items
        // frees them last to first.
        ssize_t i = op->ob_size;
        while (--i >= 0) xdecref(op->ob_item[i]);
        std::free(op->ob_item);
        op->ob_item = nullptr;
    }
    ListState& st = state();
    if (st.numfree < ListState::MAXFREELIST && op->ob_type == &list_type) {
        if (tracing::wants(tracing::FREE)) tracing::free_list_kept(op, st.numfree + 1);
        st.free_list[st.numfree++] = op;
        decref(&list_type);  // a kept list is no live instance of its type
    } else {
        free_object(op);
    }
    trashcan_end();
}

int list_traverse(Object* self, visitproc visit, void* arg) {
    ListObject* op = as_list(self);
    for (ssize_t i = op->ob_size; --i >= 0;)
        if (Object* item = op->ob_item[i])
            if (int r = visit(item, arg)) return r;
    return 0;
}

// _list_clear: detach the items first, then drop them, so that code run by
// a dropped item's __del__ sees an empty list, never a half-cleared one.
int list_clear_slot(Object* self) {
    ListObject* a = as_list(self);
    Object** item = a->ob_item;
    if (item) {
        ssize_t i = a->ob_size;
        a->ob_size = 0;
        a->ob_item = nullptr;
        a->allocated = 0;
        while (--i >= 0) xdecref(item[i]);
        std::free(item);
    }
    return 0;
}

// The items of a list or tuple, or of a list made from any other iterable
// (CPython: PySequence_Fast).  `message` is the TypeError for a
// non-iterable.
Object* sequence_fast(Object* v, const char* message) {
    if (is_list_exact(v) || is_tuple_exact(v)) return new_ref(v).release();
    Ref<> it = Ref<>::steal(get_iter(v));
    if (!it) {
        if (error_matches(&exc::TypeError)) set_error(&exc::TypeError, message);
        return nullptr;
    }
    return list_from_iterable(it.get());
}
ssize_t fast_size(Object* s) { return is_list(s) ? list_size(s) : tuple_size(s); }
Object** fast_items(Object* s) { return is_list(s) ? list_items(s) : tuple_items(s); }

// ---- repr ----------------------------------------------------------------------------------

Object* list_repr(Object* self) {
    if (list_size(self) == 0) return str_from_utf8("[]");
    int status = repr_enter(self);
    if (status != 0) return status > 0 ? str_from_utf8("[...]") : nullptr;
    std::string out = "[";
    // The list may change while its items' reprs run: re-read the size.
    for (ssize_t i = 0; i < list_size(self); ++i) {
        if (i > 0) out += ", ";
        Ref<> item = new_ref(list_item(self, i));
        Object* r = repr(item.get());
        if (!r) {
            repr_leave(self);
            return nullptr;
        }
        out += str_to_utf8(r);
        decref(r);
    }
    out += "]";
    repr_leave(self);
    return str_from_utf8(out);
}

// ---- the sequence slots ---------------------------------------------------------------------

ssize_t list_length(Object* self) { return list_size(self); }

int list_contains(Object* self, Object* value) {
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < list_size(self); ++i) {
        Ref<> item = new_ref(list_item(self, i));
        cmp = rich_compare_bool(item.get(), value, EQ);
    }
    return cmp;
}

Object* list_item_slot(Object* self, ssize_t i) {
    if (!valid_index(i, list_size(self))) {
        set_error(&exc::IndexError, "list index out of range");
        return nullptr;
    }
    return new_ref(list_item(self, i)).release();
}

int list_ass_item(Object* self, ssize_t i, Object* value) {
    if (!valid_index(i, list_size(self))) {
        set_error(&exc::IndexError, "list assignment index out of range");
        return -1;
    }
    if (!value) return list_set_slice(self, i, i + 1, nullptr);
    incref(value);
    Object* old = list_items(self)[i];
    list_items(self)[i] = value;
    decref(old);
    return 0;
}

Object* list_concat(Object* self, Object* other) {
    if (!is_list(other)) {
        set_error_fmt(&exc::TypeError, "can only concatenate list (not \"{}\") to list",
                      type_name(other));
        return nullptr;
    }
    ssize_t na = list_size(self), nb = list_size(other);
    if (na > PTRDIFF_MAX / 8 - nb) return no_memory();
    Object* result = list_new(na + nb);
    if (!result) return nullptr;
    for (ssize_t i = 0; i < na; ++i) incref(list_items(result)[i] = list_item(self, i));
    for (ssize_t i = 0; i < nb; ++i) incref(list_items(result)[na + i] = list_item(other, i));
    return result;
}

Object* list_repeat(Object* self, ssize_t n) {
    ssize_t size = list_size(self);
    if (n < 0) n = 0;
    if (size && n > PTRDIFF_MAX / 8 / size) return no_memory();
    Object* result = list_new(size * n);
    if (!result) return nullptr;
    Object** dest = list_items(result);
    for (ssize_t r = 0; r < n; ++r)
        for (ssize_t i = 0; i < size; ++i) incref(*dest++ = list_item(self, i));
    return result;
}

Object* list_inplace_concat(Object* self, Object* other) {
    if (list_extend(self, other) < 0) return nullptr;
    return new_ref(self).release();
}

Object* list_inplace_repeat(Object* self, ssize_t n) {
    ssize_t size = list_size(self);
    if (size == 0 || n == 1) return new_ref(self).release();
    if (n < 1) {
        list_clear_slot(self);
        return new_ref(self).release();
    }
    if (size > PTRDIFF_MAX / 8 / n) return no_memory();
    if (list_resize(self, size * n) < 0) return nullptr;
    Object** items = list_items(self);
    for (ssize_t r = 1; r < n; ++r)
        for (ssize_t i = 0; i < size; ++i) incref(items[r * size + i] = items[i]);
    return new_ref(self).release();
}

// ---- subscripts: integers and slices --------------------------------------------------------

Object* list_subscript(Object* self, Object* key) {
    if (is_index(key)) {
        ssize_t i;
        if (!index_from_key(key, &i)) return nullptr;
        if (i < 0) i += list_size(self);
        return list_item_slot(self, i);
    }
    if (is_slice(key)) {
        ssize_t start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
        ssize_t len = slice_adjust_indices(list_size(self), &start, &stop, step);
        if (len <= 0) return list_new(0);
        if (step == 1) return list_get_slice(self, start, stop);
        Object* result = list_new(len);
        if (!result) return nullptr;
        for (ssize_t cur = start, i = 0; i < len; cur += step, ++i)
            incref(list_items(result)[i] = list_item(self, cur));
        return result;
    }
    set_error_fmt(&exc::TypeError, "list indices must be integers or slices, not {}", type_name(key));
    return nullptr;
}

// del a[start:stop:step] for step != 1 (start < stop, step > 0 after
// normalising): close the gaps by moving the kept runs down, then drop the
// removed items once the list is consistent again.
int list_delete_extended(Object* self, ssize_t start, ssize_t step, ssize_t slicelength) {
    ListObject* a = as_list(self);
    auto** garbage = static_cast<Object**>(std::malloc(static_cast<std::size_t>(slicelength) * sizeof(Object*)));
    if (!garbage) {
        no_memory();
        return -1;
    }
    std::size_t cur = static_cast<std::size_t>(start);
    for (ssize_t i = 0; i < slicelength; cur += static_cast<std::size_t>(step), ++i) {
        ssize_t lim = step - 1;
        garbage[i] = a->ob_item[cur];
        if (cur + static_cast<std::size_t>(step) >= static_cast<std::size_t>(a->ob_size))
            lim = a->ob_size - static_cast<ssize_t>(cur) - 1;
        std::memmove(a->ob_item + cur - i, a->ob_item + cur + 1, static_cast<std::size_t>(lim) * sizeof(Object*));
    }
    cur = static_cast<std::size_t>(start) + static_cast<std::size_t>(slicelength) * static_cast<std::size_t>(step);
    if (cur < static_cast<std::size_t>(a->ob_size))
        std::memmove(a->ob_item + cur - slicelength, a->ob_item + cur,
                     (static_cast<std::size_t>(a->ob_size) - cur) * sizeof(Object*));
    a->ob_size -= slicelength;
    int res = list_resize(self, a->ob_size);
    for (ssize_t i = 0; i < slicelength; ++i) decref(garbage[i]);
    std::free(garbage);
    return res;
}

int list_assign_extended(Object* self, Object* key, ssize_t start, ssize_t step, Object* value) {
    // Protect against a[::-1] = a.
    Object* seq = value == self ? list_get_slice(value, 0, list_size(value))
                                : sequence_fast(value, "must assign iterable to extended slice");
    if (!seq) return -1;
    Ref<> hold = Ref<>::steal(seq);
    // Recompute the slice: making the sequence may have run Python code.
    ssize_t stop, step2;
    if (!slice_unpack(key, &start, &stop, &step2)) return -1;
    ssize_t slicelength = slice_adjust_indices(list_size(self), &start, &stop, step2);
    step = step2;
    if (fast_size(seq) != slicelength) {
        set_error_fmt(&exc::ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
                      fast_size(seq), slicelength);
        return -1;
    }
    if (!slicelength) return 0;
    auto** garbage = static_cast<Object**>(std::malloc(static_cast<std::size_t>(slicelength) * sizeof(Object*)));
    if (!garbage) {
        no_memory();
        return -1;
    }
    Object** selfitems = list_items(self);
    Object** seqitems = fast_items(seq);
    for (ssize_t cur = start, i = 0; i < slicelength; cur += step, ++i) {
        garbage[i] = selfitems[cur];
        incref(selfitems[cur] = seqitems[i]);
    }
    for (ssize_t i = 0; i < slicelength; ++i) decref(garbage[i]);
    std::free(garbage);
    return 0;
}

int list_ass_subscript(Object* self, Object* key, Object* value) {
    if (is_index(key)) {
        ssize_t i;
        if (!index_from_key(key, &i)) return -1;
        if (i < 0) i += list_size(self);
        return list_ass_item(self, i, value);
    }
    if (is_slice(key)) {
        ssize_t start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step)) return -1;
        ssize_t slicelength = slice_adjust_indices(list_size(self), &start, &stop, step);
        if (step == 1) return list_set_slice(self, start, stop, value);
        // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (value) return list_assign_extended(self, key, start, step, value);
        if (slicelength <= 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        return list_delete_extended(self, start, step, slicelength);
    }
    set_error_fmt(&exc::TypeError, "list indices must be integers or slices, not {}", type_name(key));
    return -1;
}

// list_richcompare: as for tuples, the first differing item decides; lists
// of different length can only be equal-tested quickly.
Object* list_richcompare(Object* v, Object* w, int op) {
    if (!is_list(v) || !is_list(w)) return new_ref(NotImplemented()).release();
    if (list_size(v) != list_size(w) && (op == EQ || op == NE)) return bool_from(op == NE);
    ssize_t i = 0;
    for (; i < list_size(v) && i < list_size(w); ++i) {
        Object* vitem = list_item(v, i);
        Object* witem = list_item(w, i);
        if (vitem == witem) continue;
        incref(vitem);
        incref(witem);
        int k = rich_compare_bool(vitem, witem, EQ);
        decref(vitem);
        decref(witem);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    ssize_t vlen = list_size(v), wlen = list_size(w);
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
    Ref<> vitem = new_ref(list_item(v, i));
    Ref<> witem = new_ref(list_item(w, i));
    return rich_compare(vitem.get(), witem.get(), op);
}

// ---- iterators --------------------------------------------------------------------------------

Object* list_iter_new(Object* self, TypeObject* type, ssize_t index) {
    auto* it = static_cast<ListIterObject*>(alloc_object(type));
    if (!it) return no_memory();
    it->it_index = index;
    incref(self);
    it->it_seq = self;
    gc::track(interp().gc, it);
    return it;
}

Object* list_iter(Object* self) { return list_iter_new(self, &list_iter_type, 0); }

void listiter_dealloc(Object* self) {
    auto* it = static_cast<ListIterObject*>(self);
    if (gc::is_tracked(it)) gc::untrack(it);
    clear(it->it_seq);
    free_object(it);
}

int listiter_traverse(Object* self, visitproc visit, void* arg) {
    auto* it = static_cast<ListIterObject*>(self);
    return it->it_seq ? visit(it->it_seq, arg) : 0;
}

// The index is checked against the current size on every step, so a list
// that grows while being iterated yields its new items too (as CPython's).
Object* listiter_next(Object* self) { return list_iter_step(static_cast<ListIterObject*>(self)); }

Object* listreviter_next(Object* self) {
    auto* it = static_cast<ListIterObject*>(self);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    ssize_t index = it->it_index;
    if (index >= 0 && index < list_size(seq)) {
        --it->it_index;
        return new_ref(list_item(seq, index)).release();
    }
    it->it_index = -1;
    clear(it->it_seq);
    return nullptr;
}


// list.__new__: an empty list (of a subclass too); list.__init__ fills it
// (CPython: PyType_GenericNew + list___init___impl).
Object* list_tp_new(TypeObject* type, Object*, Object*) {
    if (type == &list_type) return list_new(0);
    auto* op = static_cast<ListObject*>(alloc_object(type));
    if (!op) return no_memory();
    op->ob_item = nullptr;
    op->ob_size = 0;
    op->allocated = 0;
    gc::track(interp().gc, op);
    return op;
}

// list.__init__(iterable=()): clears, then extends (exactly preallocated
// when the iterable has a length, as list_extend does for an empty list).
int list_tp_init(Object* self, Object* args, Object* kwargs) {
    if (!check_no_keywords("list", kwargs) || !check_positional("list", args, 0, 1)) return -1;
    if (list_items(self)) list_clear_slot(self);
    if (tuple_size(args)) return list_extend(self, tuple_item(args, 0));
    return 0;
}

TypeObject make_list_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "list";
    t.tp_basicsize = sizeof(ListObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS;
    t.tp_doc =
        "list(iterable=(), /)\n--\n\n"
        "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
        "The argument must be an iterable if specified.";
    t.tp_dealloc = list_dealloc;
    t.tp_repr = list_repr;
    t.tp_hash = hash_not_implemented;
    t.tp_richcompare = list_richcompare;
    t.tp_iter = list_iter;
    t.tp_traverse = list_traverse;
    t.tp_clear = list_clear_slot;
    t.sq_length = list_length;
    t.sq_concat = list_concat;
    t.sq_repeat = list_repeat;
    t.sq_item = list_item_slot;
    t.sq_ass_item = list_ass_item;
    t.sq_contains = list_contains;
    t.sq_inplace_concat = list_inplace_concat;
    t.sq_inplace_repeat = list_inplace_repeat;
    t.mp_length = list_length;
    t.mp_subscript = list_subscript;
    t.mp_ass_subscript = list_ass_subscript;
    t.tp_new = list_tp_new;
    t.tp_init = list_tp_init;
    t.tp_methods = list_methods;
    return t;
}

ssize_t listiter_remaining(Object* self) {
    auto* it = static_cast<ListIterObject*>(self);
    return it->it_seq ? std::max<ssize_t>(list_size(it->it_seq) - it->it_index, 0) : 0;
}

ssize_t listreviter_remaining(Object* self) {
    auto* it = static_cast<ListIterObject*>(self);
    bool inside = it->it_seq && it->it_index >= 0 && it->it_index < list_size(it->it_seq);
    return inside ? it->it_index + 1 : 0;
}

const BuiltinDef LISTITER_METHODS[] = {
    {"__length_hint__", length_hint_method<listiter_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};
const BuiltinDef LISTREVITER_METHODS[] = {
    {"__length_hint__", length_hint_method<listreviter_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};

TypeObject make_iter_type(const char* name, iternextfunc next, const BuiltinDef* methods) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(ListIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = listiter_dealloc;
    t.tp_traverse = listiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_methods = methods;
    return t;
}

}  // namespace

TypeObject list_type = make_list_type();
TypeObject list_iter_type = make_iter_type("list_iterator", listiter_next, LISTITER_METHODS);
TypeObject list_reviter_type = make_iter_type("list_reverseiterator", listreviter_next, LISTREVITER_METHODS);

// ---- the C++ API --------------------------------------------------------------------------------

bool is_list(const Object* o) { return has_flag(o->ob_type, TPFLAGS_LIST_SUBCLASS); }
bool is_list_exact(const Object* o) { return o->ob_type == &list_type; }

// app1: one more slot through list_resize, then store the item.
int list_append(Object* list, Object* item) {
    ssize_t n = list_size(list);
    if (n < list_allocated(list)) {
        // The common case: there is room already (no resize call at all).
        incref(item);
        list_items(list)[n] = item;
        as_list(list)->ob_size = n + 1;
        return 0;
    }
    if (list_resize(list, n + 1) < 0) return -1;
    incref(item);
    list_items(list)[n] = item;
    return 0;
}

int list_insert(Object* list, ssize_t where, Object* item) {
    ssize_t n = list_size(list);
    if (list_resize(list, n + 1) < 0) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    Object** items = list_items(list);
    std::memmove(items + where + 1, items + where, static_cast<std::size_t>(n - where) * sizeof(Object*));
    incref(item);
    items[where] = item;
    return 0;
}

namespace {

// list_preallocate_exact: the first allocation of a list that is being
// filled from a sized source.  The memory allocator hands out 16-byte
// granules, so an odd count is rounded up to even at no cost: this is why
// sys.getsizeof([1, 2, 3]) == 88 (4 slots) in 3.11.
int list_preallocate_exact(Object* list, ssize_t size) {
    size = (size + 1) & ~ssize_t{1};
    auto** items = static_cast<Object**>(std::malloc(static_cast<std::size_t>(size) * sizeof(Object*)));
    if (!items) {
        no_memory();
        return -1;
    }
    as_list(list)->ob_item = items;
    as_list(list)->allocated = size;
    return 0;
}

}  // namespace

// list.extend (CPython 3.11: list_extend).  Lists and tuples are copied in
// one resize; other iterables are appended one by one after growing by
// their length hint (len() if they have one, else 8), and any slack left at
// the end is given back.  An empty list is allocated exactly instead
// (list_preallocate_exact).
int list_extend(Object* list, Object* iterable) {
    if (is_list_exact(iterable) || is_tuple_exact(iterable) || iterable == list) {
        ssize_t n = fast_size(iterable);
        if (n == 0) return 0;
        ssize_t m = list_size(list);
        if (!list_items(list)) {
            if (list_preallocate_exact(list, n) < 0) return -1;
            as_list(list)->ob_size = n;
        } else if (list_resize(list, m + n) < 0) {
            return -1;
        }
        // Read the source items after the resize: for a.extend(a) it moved them.
        Object** src = fast_items(iterable);
        Object** dest = list_items(list) + m;
        for (ssize_t i = 0; i < n; ++i) incref(dest[i] = src[i]);
        return 0;
    }
    Ref<> it = Ref<>::steal(get_iter(iterable));
    if (!it) return -1;
    ssize_t hint = 8;
    if (iterable->ob_type->sq_length || iterable->ob_type->mp_length) {
        hint = length(iterable);
        if (hint < 0) {
            if (!error_matches(&exc::TypeError)) return -1;
            clear_error();
            hint = 8;
        }
    }
    ssize_t m = list_size(list);
    if (!list_items(list)) {
        if (hint > 0 && list_preallocate_exact(list, hint) < 0) return -1;
    } else if (m + hint >= m && hint > 0) {
        if (list_resize(list, m + hint) < 0) return -1;
        as_list(list)->ob_size = m;
    }
    for (;;) {
        Object* item = iter_next(it.get());
        if (!item) {
            if (error_occurred()) return -1;
            break;
        }
        ssize_t n = list_size(list);
        if (n < list_allocated(list)) {
            list_items(list)[n] = item;  // steals the reference
            as_list(list)->ob_size = n + 1;
        } else {
            int r = list_append(list, item);
            decref(item);
            if (r < 0) return -1;
        }
    }
    // Cut back the over-allocation if the hint was generous.
    if (list_size(list) < list_allocated(list))
        if (list_resize(list, list_size(list)) < 0) return -1;
    return 0;
}

Object* list_pop(Object* list, ssize_t index) {
    ssize_t n = list_size(list);
    if (n == 0) {
        set_error(&exc::IndexError, "pop from empty list");
        return nullptr;
    }
    if (index < 0) index += n;
    if (!valid_index(index, n)) {
        set_error(&exc::IndexError, "pop index out of range");
        return nullptr;
    }
    Object* v = list_item(list, index);
    if (index == n - 1) {
        // The last item: the list's reference becomes the caller's.
        if (list_resize(list, n - 1) < 0) return nullptr;
        return v;
    }
    incref(v);
    if (list_set_slice(list, index, index + 1, nullptr) < 0) {
        decref(v);
        return nullptr;
    }
    return v;
}

int list_remove(Object* list, Object* value) {
    for (ssize_t i = 0; i < list_size(list); ++i) {
        Ref<> item = new_ref(list_item(list, i));
        int cmp = rich_compare_bool(item.get(), value, EQ);
        if (cmp > 0) return list_set_slice(list, i, i + 1, nullptr);
        if (cmp < 0) return -1;
    }
    set_error(&exc::ValueError, "list.remove(x): x not in list");
    return -1;
}

ssize_t list_index(Object* list, Object* value, ssize_t start, ssize_t stop) {
    if (start < 0) {
        start += list_size(list);
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += list_size(list);
        if (stop < 0) stop = 0;
    }
    for (ssize_t i = start; i < stop && i < list_size(list); ++i) {
        Ref<> item = new_ref(list_item(list, i));
        int cmp = rich_compare_bool(item.get(), value, EQ);
        if (cmp > 0) return i;
        if (cmp < 0) return -1;
    }
    Object* r = repr(value);
    if (!r) return -1;
    set_error_fmt(&exc::ValueError, "{} is not in list", str_to_utf8(r));
    decref(r);
    return -1;
}

ssize_t list_count(Object* list, Object* value) {
    ssize_t count = 0;
    for (ssize_t i = 0; i < list_size(list); ++i) {
        Object* item = list_item(list, i);
        if (item == value) {
            ++count;
            continue;
        }
        incref(item);
        int cmp = rich_compare_bool(item, value, EQ);
        decref(item);
        if (cmp < 0) return -1;
        count += cmp;
    }
    return count;
}

void list_reverse(Object* list) {
    Object** lo = list_items(list);
    if (!lo) return;
    Object** hi = lo + list_size(list) - 1;
    while (lo < hi) std::swap(*lo++, *hi--);
}

void list_clear(Object* list) { list_clear_slot(list); }

Object* list_copy(Object* list) { return list_get_slice(list, 0, list_size(list)); }

Object* list_get_slice(Object* list, ssize_t low, ssize_t high) {
    ssize_t n = list_size(list);
    if (low < 0) low = 0;
    else if (low > n) low = n;
    if (high < low) high = low;
    else if (high > n) high = n;
    Object* result = list_new(high - low);
    if (!result) return nullptr;
    for (ssize_t i = low; i < high; ++i) incref(list_items(result)[i - low] = list_item(list, i));
    return result;
}

// a[ilow:ihigh] = v, v null meaning del (CPython: list_ass_slice).  The
// replaced items are copied aside ("recycled") and dropped only after the
// list is consistent again, because dropping them may run __del__.
int list_set_slice(Object* list, ssize_t ilow, ssize_t ihigh, Object* v) {
    ListObject* a = as_list(list);
    Ref<> seq;
    Object** vitem = nullptr;
    ssize_t n = 0;
    if (v) {
        if (v == list) {
            // a[i:j] = a: copy it first.
            Ref<> copy = Ref<>::steal(list_get_slice(v, 0, list_size(v)));
            if (!copy) return -1;
            return list_set_slice(list, ilow, ihigh, copy.get());
        }
        seq = Ref<>::steal(sequence_fast(v, "can only assign an iterable"));
        if (!seq) return -1;
        n = fast_size(seq.get());
        vitem = fast_items(seq.get());
    }
    if (ilow < 0) ilow = 0;
    else if (ilow > a->ob_size) ilow = a->ob_size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > a->ob_size) ihigh = a->ob_size;
    ssize_t norig = ihigh - ilow;
    ssize_t d = n - norig;
    if (a->ob_size + d == 0) return list_clear_slot(list);
    Object* recycle_on_stack[8];
    Object** recycle = recycle_on_stack;
    std::size_t s = static_cast<std::size_t>(norig) * sizeof(Object*);
    if (s) {
        if (s > sizeof(recycle_on_stack)) {
            recycle = static_cast<Object**>(std::malloc(s));
            if (!recycle) {
                no_memory();
                return -1;
            }
        }
        std::memcpy(recycle, a->ob_item + ilow, s);
    }
    int result = -1;
    if (d < 0) {  // delete -d items
        std::size_t tail = static_cast<std::size_t>(a->ob_size - ihigh) * sizeof(Object*);
        std::memmove(a->ob_item + ihigh + d, a->ob_item + ihigh, tail);
        if (list_resize(list, a->ob_size + d) < 0) {
            std::memmove(a->ob_item + ihigh, a->ob_item + ihigh + d, tail);
            std::memcpy(a->ob_item + ilow, recycle, s);
            goto done;
        }
    } else if (d > 0) {  // insert d items
        ssize_t k = a->ob_size;
        if (list_resize(list, k + d) < 0) goto done;
        std::memmove(a->ob_item + ihigh + d, a->ob_item + ihigh, static_cast<std::size_t>(k - ihigh) * sizeof(Object*));
    }
    for (ssize_t k = 0; k < n; ++k, ++ilow) {
        xincref(vitem[k]);
        a->ob_item[ilow] = vitem[k];
    }
    for (ssize_t k = norig - 1; k >= 0; --k) xdecref(recycle[k]);
    result = 0;
done:
    if (recycle != recycle_on_stack) std::free(recycle);
    return result;
}

Object* list_from_iterable(Object* iterable) {
    Object* list = list_new(0);
    if (!list) return nullptr;
    if (list_extend(list, iterable) < 0) {
        decref(list);
        return nullptr;
    }
    return list;
}

Object* list_reversed(Object* list) { return list_iter_new(list, &list_reviter_type, list_size(list) - 1); }

Object* list_as_tuple(Object* list) { return tuple_from_array(list_items(list), list_size(list)); }

ssize_t list_sizeof(const Object* list) {
    return list->ob_type->tp_basicsize + list_allocated(list) * static_cast<ssize_t>(sizeof(Object*));
}

// ---- the repr recursion guard ---------------------------------------------------------------------

// The thread state keeps a list of the containers whose repr is running;
// a container found there is being printed further up the stack, so it is
// shown as "[...]" / "{...}" instead of recursing forever.
int repr_enter(Object* o) {
    ThreadState* ts = ThreadState::current();
    if (!ts) return 0;
    if (!ts->repr_running) {
        ts->repr_running = list_new(0);
        if (!ts->repr_running) return -1;
        // An internal bookkeeping list, not a Python-visible container.
        gc::untrack(ts->repr_running);
    }
    Object* running = ts->repr_running;
    for (ssize_t i = list_size(running); --i >= 0;)
        if (list_item(running, i) == o) return 1;
    // The list holds borrowed pointers: decref'ing would be wrong, so it
    // stores them without references (repr_leave removes them).
    if (list_resize(running, list_size(running) + 1) < 0) return -1;
    list_items(running)[list_size(running) - 1] = o;
    return 0;
}

void repr_leave(Object* o) {
    ThreadState* ts = ThreadState::current();
    if (!ts || !ts->repr_running) return;
    Object* running = ts->repr_running;
    for (ssize_t i = list_size(running); --i >= 0;) {
        if (list_item(running, i) == o) {
            Object** items = list_items(running);
            std::memmove(items + i, items + i + 1, static_cast<std::size_t>(list_size(running) - i - 1) * sizeof(Object*));
            (void)list_resize(running, list_size(running) - 1);
            return;
        }
    }
}

// ---- the trashcan ---------------------------------------------------------------------------------

bool trashcan_begin(Object* op) {
    ThreadState* ts = ThreadState::current();
    if (!ts) return true;
    if (ts->trash_delete_nesting >= TRASHCAN_MAX_NESTING) {
        // _PyTrash_thread_deposit_object: the object is already untracked,
        // so its GC header is free to hold the chain link.
        glasspy::gc::head_of(op)->gc_prev = reinterpret_cast<std::uintptr_t>(ts->trash_delete_later);
        ts->trash_delete_later = op;
        return false;
    }
    ++ts->trash_delete_nesting;
    return true;
}

void trashcan_end() {
    ThreadState* ts = ThreadState::current();
    if (!ts) return;
    --ts->trash_delete_nesting;
    if (!ts->trash_delete_later || ts->trash_delete_nesting > 0) return;
    // _PyTrash_thread_destroy_chain: deallocate the deferred objects one by
    // one at nesting level 1; each may defer more, which this loop picks up.
    ++ts->trash_delete_nesting;
    while (Object* op = ts->trash_delete_later) {
        ts->trash_delete_later = reinterpret_cast<Object*>(glasspy::gc::head_of(op)->gc_prev);
        glasspy::gc::head_of(op)->gc_prev = 0;
        op->ob_type->tp_dealloc(op);
    }
    --ts->trash_delete_nesting;
}

}  // namespace glasspy::rt
