// The range type and its iterators (CPython 3.11: Objects/rangeobject.c).
// See range.hpp.
//
// Arithmetic on the fields goes through binary_op on Python ints, so ranges
// beyond ssize_t behave as CPython's do; the iterator takes a C++-integer
// fast path whenever it can.
#include "runtime/range.hpp"

#include <string>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
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

static_assert(sizeof(RangeObject) == 48, "CPython's rangeobject: getsizeof(range(3)) == 48");

// The method table, with the wrappers that check arguments (range_type.cpp).
extern const BuiltinDef range_methods[];

namespace {

RangeObject* as_range(Object* o) { return static_cast<RangeObject*>(o); }

Ref<> op(Object* a, Object* b, BinaryOp o) { return Ref<>::steal(binary_op(a, b, o)); }
Ref<> small_int(ssize_t v) { return Ref<>::steal(int_from_ssize(v)); }

// compute_range_length: 0 if the range is empty, else
// (hi - lo - 1) // step + 1 with lo/hi ordered by the step's sign.
Ref<> compute_range_length(Object* start, Object* stop, Object* step) {
    ssize_t s0, s1, st;
    if (int_as_ssize(start, &s0) && int_as_ssize(stop, &s1) && int_as_ssize(step, &st)) {
        // Fast path; the unsigned arithmetic cannot overflow.
        std::size_t len = 0;
        if (st > 0 && s0 < s1)
            len = (static_cast<std::size_t>(s1) - static_cast<std::size_t>(s0) - 1) / static_cast<std::size_t>(st) + 1;
        else if (st < 0 && s1 < s0)
            len = (static_cast<std::size_t>(s0) - static_cast<std::size_t>(s1) - 1) /
                      (0 - static_cast<std::size_t>(st)) + 1;
        if (len <= static_cast<std::size_t>(PTRDIFF_MAX)) return small_int(static_cast<ssize_t>(len));
    }
    clear_error();
    Ref<> zero = small_int(0);
    int positive = rich_compare_bool(step, zero.get(), GT);
    if (positive < 0) return nullptr;
    Object* lo = positive ? start : stop;
    Object* hi = positive ? stop : start;
    Ref<> abs_step = positive ? new_ref(step) : Ref<>::steal(negative(step));
    if (!abs_step) return nullptr;
    int empty = rich_compare_bool(lo, hi, GE);
    if (empty < 0) return nullptr;
    if (empty) return zero;
    Ref<> one = small_int(1);
    Ref<> diff = op(hi, lo, BinaryOp::Subtract);
    if (!diff) return nullptr;
    diff = op(diff.get(), one.get(), BinaryOp::Subtract);
    if (!diff) return nullptr;
    Ref<> q = op(diff.get(), abs_step.get(), BinaryOp::FloorDivide);
    if (!q) return nullptr;
    return op(q.get(), one.get(), BinaryOp::Add);
}

Object* make_range(Object* start, Object* stop, Object* step) {
    Ref<> length = compute_range_length(start, stop, step);
    if (!length) return nullptr;
    auto* r = static_cast<RangeObject*>(alloc_object(&range_type));
    if (!r) return no_memory();
    r->start = new_ref(start).release();
    r->stop = new_ref(stop).release();
    r->step = new_ref(step).release();
    r->length = length.release();
    return r;
}

void range_dealloc(Object* self) {
    RangeObject* r = as_range(self);
    clear(r->start);
    clear(r->stop);
    clear(r->step);
    clear(r->length);
    free_object(r);
}

// start + i*step for an int i known to be in range.
Object* compute_item(RangeObject* r, Object* i) {
    ssize_t st;
    if (int_as_ssize(r->step, &st) && st == 1) return binary_op(r->start, i, BinaryOp::Add);
    clear_error();
    Ref<> incr = op(i, r->step, BinaryOp::Multiply);
    if (!incr) return nullptr;
    return binary_op(r->start, incr.get(), BinaryOp::Add);
}

Object* range_repr(Object* self) {
    RangeObject* r = as_range(self);
    Ref<> start = Ref<>::steal(repr(r->start));
    Ref<> stop = Ref<>::steal(repr(r->stop));
    if (!start || !stop) return nullptr;
    ssize_t st;
    if (int_as_ssize(r->step, &st) && st == 1)
        return str_from_utf8(fmt::format("range({}, {})", str_to_utf8(start.get()), str_to_utf8(stop.get())));
    clear_error();
    Ref<> step = Ref<>::steal(repr(r->step));
    if (!step) return nullptr;
    return str_from_utf8(fmt::format("range({}, {}, {})", str_to_utf8(start.get()), str_to_utf8(stop.get()),
                                     str_to_utf8(step.get())));
}

// Ranges are compared as the sequences they stand for: range(0) ==
// range(5, 5), range(0, 3, 2) == range(0, 4, 2).
int range_equals(RangeObject* r0, RangeObject* r1) {
    if (r0 == r1) return 1;
    int cmp = rich_compare_bool(r0->length, r1->length, EQ);
    if (cmp != 1) return cmp;  // different lengths, or an error
    cmp = is_true(r0->length);
    if (cmp != 1) return cmp == 0 ? 1 : -1;  // both empty
    cmp = rich_compare_bool(r0->start, r1->start, EQ);
    if (cmp != 1) return cmp;
    Ref<> one = small_int(1);
    cmp = rich_compare_bool(r0->length, one.get(), EQ);
    if (cmp != 0) return cmp;  // one item: only the start matters
    return rich_compare_bool(r0->step, r1->step, EQ);
}

Object* range_richcompare(Object* self, Object* other, int o) {
    if (!is_range(other) || (o != EQ && o != NE)) return new_ref(NotImplemented()).release();
    int r = range_equals(as_range(self), as_range(other));
    if (r < 0) return nullptr;
    return bool_from((r == 1) == (o == EQ));
}

// range_hash: hash((len, start, step)), with None for the parts that do
// not affect equality (start and step of an empty range, step of one item).
ssize_t range_hash(Object* self) {
    RangeObject* r = as_range(self);
    Object* start = None();
    Object* step = None();
    int nonempty = is_true(r->length);
    if (nonempty < 0) return -1;
    if (nonempty) {
        start = r->start;
        Ref<> one = small_int(1);
        int single = rich_compare_bool(r->length, one.get(), EQ);
        if (single < 0) return -1;
        if (!single) step = r->step;
    }
    Ref<> t = Ref<>::steal(tuple_pack({r->length, start, step}));
    if (!t) return -1;
    return hash(t.get());
}

ssize_t range_length_slot(Object* self) { return range_length(self); }

int range_contains_slot(Object* self, Object* value) { return range_contains(self, value); }

Object* range_item_slot(Object* self, ssize_t i) { return range_item(self, i); }

// r[slice]: a new range over the selected items (CPython: compute_slice).
Object* range_slice(RangeObject* r, Object* slice) {
    ssize_t len = range_length(r);
    if (len < 0) return nullptr;
    ssize_t start, stop, step;
    if (slice_indices(slice, len, &start, &stop, &step) < 0) return nullptr;
    Ref<> istart = small_int(start), istop = small_int(stop), istep = small_int(step);
    Ref<> substep = op(r->step, istep.get(), BinaryOp::Multiply);
    if (!substep) return nullptr;
    Ref<> substart = Ref<>::steal(compute_item(r, istart.get()));
    Ref<> substop = Ref<>::steal(compute_item(r, istop.get()));
    if (!substart || !substop) return nullptr;
    return make_range(substart.get(), substop.get(), substep.get());
}

Object* range_subscript(Object* self, Object* key) {
    if (is_slice(key)) return range_slice(as_range(self), key);
    if (is_index(key)) {
        ssize_t i;
        if (!index_from_key(key, &i)) return nullptr;
        return range_item(self, i);
    }
    set_error_fmt(&exc::TypeError, "range indices must be integers or slices, not {}", type_name(key));
    return nullptr;
}

// ---- iterators --------------------------------------------------------------------------------

struct LongRangeIterObject : Object {  // the general case
    Object* start;
    Object* step;
    Object* len;
};

Object* range_iter(Object* self) {
    RangeObject* r = as_range(self);
    ssize_t start, stop, step, len;
    if (int_as_ssize(r->start, &start) && int_as_ssize(r->stop, &stop) && int_as_ssize(r->step, &step) &&
        int_as_ssize(r->length, &len)) {
        auto* it = static_cast<RangeIterObject*>(alloc_object(&range_iter_type));
        if (!it) return no_memory();
        it->start = start;
        it->step = step;
        it->len = len;
        return it;
    }
    clear_error();
    auto* it = static_cast<LongRangeIterObject*>(alloc_object(&longrange_iter_type));
    if (!it) return no_memory();
    it->start = new_ref(r->start).release();
    it->step = new_ref(r->step).release();
    it->len = new_ref(r->length).release();
    return it;
}

Object* rangeiter_next(Object* self) {
    ssize_t value;
    return range_iter_step(static_cast<RangeIterObject*>(self), &value) ? int_from_ssize(value) : nullptr;
}

void rangeiter_dealloc(Object* self) { free_object(self); }

Object* longrangeiter_next(Object* self) {
    auto* it = static_cast<LongRangeIterObject*>(self);
    Ref<> zero = small_int(0);
    int more = rich_compare_bool(it->len, zero.get(), GT);
    if (more <= 0) return nullptr;
    Ref<> one = small_int(1);
    Ref<> new_len = op(it->len, one.get(), BinaryOp::Subtract);
    Ref<> new_start = op(it->start, it->step, BinaryOp::Add);
    if (!new_len || !new_start) return nullptr;
    Object* result = it->start;  // the iterator's reference moves to the caller
    it->start = new_start.release();
    Object* old_len = it->len;
    it->len = new_len.release();
    decref(old_len);
    return result;
}

void longrangeiter_dealloc(Object* self) {
    auto* it = static_cast<LongRangeIterObject*>(self);
    clear(it->start);
    clear(it->step);
    clear(it->len);
    free_object(it);
}


// An argument as an int through __index__ (CPython: PyNumber_Index):
// TypeError "'float' object cannot be interpreted as an integer".
Ref<> number_index(Object* o) {
    if (is_int(o)) return new_ref(o);
    if (!o->ob_type->nb_index) {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
        return nullptr;
    }
    return Ref<>::steal(o->ob_type->nb_index(o));
}

// range(stop) / range(start, stop[, step]), from the n checked arguments.
Object* range_from_arguments(Object* const* args, ssize_t n) {
    Ref<> a[3];
    for (ssize_t i = 0; i < n; ++i) {
        a[i] = number_index(args[i]);
        if (!a[i]) return nullptr;
    }
    if (n == 1) {
        Ref<> zero = small_int(0), one = small_int(1);
        return make_range(zero.get(), a[0].get(), one.get());
    }
    Ref<> step = n == 3 ? a[2] : small_int(1);
    return range_new(a[0].get(), a[1].get(), step.get());
}

Object* range_tp_new(TypeObject*, Object* args, Object* kwargs) {
    if (!check_no_keywords("range", kwargs) || !check_positional("range", args, 1, 3)) return nullptr;
    return range_from_arguments(tuple_items(args), tuple_size(args));
}

Object* range_vectorcall(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("range", kwnames) || !check_positional(std::string_view("range"), nargs, 1, 3)) return nullptr;
    return range_from_arguments(args, nargs);
}

const MemberDef RANGE_MEMBERS[] = {
    {"start", MemberKind::Object, member_field<&RangeObject::start>, true, nullptr},
    {"stop", MemberKind::Object, member_field<&RangeObject::stop>, true, nullptr},
    {"step", MemberKind::Object, member_field<&RangeObject::step>, true, nullptr},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

TypeObject make_range_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "range";
    t.tp_basicsize = sizeof(RangeObject);
    t.tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object";
    t.tp_dealloc = range_dealloc;
    t.tp_repr = range_repr;
    t.tp_hash = range_hash;
    t.tp_richcompare = range_richcompare;
    t.tp_iter = range_iter;
    t.sq_length = range_length_slot;
    t.sq_item = range_item_slot;
    t.sq_contains = range_contains_slot;
    t.mp_length = range_length_slot;
    t.mp_subscript = range_subscript;
    t.tp_new = range_tp_new;
    t.tp_vectorcall = range_vectorcall;
    t.tp_methods = range_methods;
    t.tp_members = RANGE_MEMBERS;
    return t;
}

ssize_t rangeiter_remaining(Object* self) { return static_cast<RangeIterObject*>(self)->len; }

const BuiltinDef RANGEITER_METHODS[] = {
    {"__length_hint__", length_hint_method<rangeiter_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};

TypeObject make_iter_type(const char* name, ssize_t size, destructor dealloc, iternextfunc next,
                          const BuiltinDef* methods = nullptr) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = size;
    t.tp_dealloc = dealloc;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_methods = methods;
    return t;
}

}  // namespace

TypeObject range_type = make_range_type();
TypeObject range_iter_type =
    make_iter_type("range_iterator", sizeof(RangeIterObject), rangeiter_dealloc, rangeiter_next, RANGEITER_METHODS);
TypeObject longrange_iter_type =
    make_iter_type("longrange_iterator", sizeof(LongRangeIterObject), longrangeiter_dealloc, longrangeiter_next);

// ---- the C++ API ---------------------------------------------------------------------------------

Object* range_new(Object* start, Object* stop, Object* step) {
    Ref<> zero = small_int(0);
    int is_zero = rich_compare_bool(step, zero.get(), EQ);
    if (is_zero < 0) return nullptr;
    if (is_zero) {
        set_error(&exc::ValueError, "range() arg 3 must not be zero");
        return nullptr;
    }
    return make_range(start, stop, step);
}

Object* range_from_ssize(ssize_t start, ssize_t stop, ssize_t step) {
    Ref<> a = small_int(start), b = small_int(stop), c = small_int(step);
    if (!a || !b || !c) return nullptr;
    return range_new(a.get(), b.get(), c.get());
}

bool is_range(const Object* o) { return o->ob_type == &range_type; }

ssize_t range_length(Object* r) {
    ssize_t len;
    if (!int_as_ssize(as_range(r)->length, &len)) return -1;
    return len;
}

Object* range_item(Object* self, ssize_t i) {
    RangeObject* r = as_range(self);
    ssize_t len;
    bool fits = int_as_ssize(r->length, &len);
    if (!fits) clear_error();
    Ref<> index = small_int(i);
    if (i < 0) {
        index = op(index.get(), r->length, BinaryOp::Add);
        if (!index) return nullptr;
    }
    Ref<> zero = small_int(0);
    int negative_index = rich_compare_bool(index.get(), zero.get(), LT);
    int past_end = rich_compare_bool(index.get(), r->length, GE);
    if (negative_index < 0 || past_end < 0) return nullptr;
    if (negative_index || past_end) {
        set_error(&exc::IndexError, "range object index out of range");
        return nullptr;
    }
    return compute_item(r, index.get());
}

// For an exact int: start <= v < stop (or the reverse for a negative step)
// and (v - start) % step == 0.  Anything else is compared item by item.
int range_contains(Object* self, Object* value) {
    RangeObject* r = as_range(self);
    if (value->ob_type == &int_type || value->ob_type == &bool_type) {
        Ref<> zero = small_int(0);
        int positive = rich_compare_bool(r->step, zero.get(), GT);
        if (positive < 0) return -1;
        int c1, c2;
        if (positive) {
            c1 = rich_compare_bool(r->start, value, LE);
            c2 = rich_compare_bool(value, r->stop, LT);
        } else {
            c1 = rich_compare_bool(value, r->start, LE);
            c2 = rich_compare_bool(r->stop, value, LT);
        }
        if (c1 < 0 || c2 < 0) return -1;
        if (!c1 || !c2) return 0;
        Ref<> diff = op(value, r->start, BinaryOp::Subtract);
        if (!diff) return -1;
        Ref<> rem = op(diff.get(), r->step, BinaryOp::Remainder);
        if (!rem) return -1;
        return rich_compare_bool(rem.get(), zero.get(), EQ);
    }
    Ref<> it = Ref<>::steal(range_iter(self));
    if (!it) return -1;
    for (;;) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) return error_occurred() ? -1 : 0;
        int cmp = rich_compare_bool(item.get(), value, EQ);
        if (cmp != 0) return cmp;
    }
}

Object* range_count(Object* self, Object* value) {
    if (value->ob_type == &int_type || value->ob_type == &bool_type) {
        int r = range_contains(self, value);
        if (r < 0) return nullptr;
        return int_from_ssize(r);
    }
    ssize_t count = 0;
    Ref<> it = Ref<>::steal(range_iter(self));
    if (!it) return nullptr;
    for (;;) {
        Ref<> item = Ref<>::steal(iter_next(it.get()));
        if (!item) return error_occurred() ? nullptr : int_from_ssize(count);
        int cmp = rich_compare_bool(item.get(), value, EQ);
        if (cmp < 0) return nullptr;
        count += cmp;
    }
}

Object* range_index(Object* self, Object* value) {
    RangeObject* r = as_range(self);
    if (value->ob_type == &int_type || value->ob_type == &bool_type) {
        int contains = range_contains(self, value);
        if (contains < 0) return nullptr;
        if (contains) {
            Ref<> diff = op(value, r->start, BinaryOp::Subtract);
            if (!diff) return nullptr;
            return binary_op(diff.get(), r->step, BinaryOp::FloorDivide);
        }
    } else {
        ssize_t i = 0;
        Ref<> it = Ref<>::steal(range_iter(self));
        if (!it) return nullptr;
        for (;; ++i) {
            Ref<> item = Ref<>::steal(iter_next(it.get()));
            if (!item) {
                if (error_occurred()) return nullptr;
                break;
            }
            int cmp = rich_compare_bool(item.get(), value, EQ);
            if (cmp < 0) return nullptr;
            if (cmp) return int_from_ssize(i);
        }
    }
    Ref<> rep = Ref<>::steal(repr(value));
    if (!rep) return nullptr;
    set_error_fmt(&exc::ValueError, "{} is not in range", str_to_utf8(rep.get()));
    return nullptr;
}

}  // namespace glasspy::rt
