// The slice type and slice index arithmetic (CPython: Objects/sliceobject.c).
// See slice.hpp.
#include "runtime/slice.hpp"

#include <string>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

SliceObject* as_slice(Object* o) { return static_cast<SliceObject*>(o); }

void slice_dealloc(Object* self) {
    SliceObject* s = as_slice(self);
    if (gc::is_tracked(s)) gc::untrack(s);
    clear(s->start);
    clear(s->stop);
    clear(s->step);
    // Keep one dead slice for the next slice_new (CPython 3.11: slice_cache).
    SliceState& st = interp().slice_state;
    if (!st.slice_cache) {
        st.slice_cache = s;
        decref(&slice_type);
    } else {
        free_object(s);
    }
}

int slice_traverse(Object* self, visitproc visit, void* arg) {
    SliceObject* s = as_slice(self);
    for (Object* o : {s->start, s->stop, s->step})
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

// _PyEval_SliceIndex: an int (or __index__ object) as ssize_t, clamped to
// the ssize_t range when it is larger; None leaves *out unchanged.
bool eval_slice_index(Object* v, ssize_t* out) {
    if (v == None()) return true;
    if (!is_index(v)) {
        set_error(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    ssize_t x;
    if (is_int(v) ? int_as_ssize(v, &x) : index_as_ssize(v, &x)) {
        *out = x;
        return true;
    }
    if (!error_matches(&exc::OverflowError)) return false;
    clear_error();
    // Too large in magnitude: clamp by sign.
    Ref<> zero = Ref<>::steal(int_from_ssize(0));
    int negative = rich_compare_bool(v, zero.get(), LT);
    if (negative < 0) return false;
    *out = negative ? PTRDIFF_MIN : PTRDIFF_MAX;
    return true;
}

Object* slice_richcompare(Object* v, Object* w, int op) {
    if (!is_slice(v) || !is_slice(w)) return new_ref(NotImplemented()).release();
    if (v == w && (op == EQ || op == NE)) return bool_from(op == EQ);
    Ref<> t1 = Ref<>::steal(tuple_pack({as_slice(v)->start, as_slice(v)->stop, as_slice(v)->step}));
    Ref<> t2 = Ref<>::steal(tuple_pack({as_slice(w)->start, as_slice(w)->stop, as_slice(w)->step}));
    if (!t1 || !t2) return nullptr;
    return rich_compare(t1.get(), t2.get(), op);
}

ssize_t slice_hash(Object* self) {
    // Slices are unhashable in 3.11 (hashable only from 3.12).
    set_error_fmt(&exc::TypeError, "unhashable type: '{}'", type_name(self));
    return -1;
}

// slice(stop) / slice(start, stop[, step])
Object* slice_tp_new(TypeObject*, Object* args, Object* kwargs) {
    if (!check_no_keywords("slice", kwargs) || !check_positional("slice", args, 1, 3)) return nullptr;
    ssize_t n = tuple_size(args);
    if (n == 1) return slice_new(nullptr, tuple_item(args, 0), nullptr);
    return slice_new(tuple_item(args, 0), tuple_item(args, 1), n == 3 ? tuple_item(args, 2) : nullptr);
}

const MemberDef SLICE_MEMBERS[] = {
    {"start", MemberKind::Object, member_field<&SliceObject::start>, true, nullptr},
    {"stop", MemberKind::Object, member_field<&SliceObject::stop>, true, nullptr},
    {"step", MemberKind::Object, member_field<&SliceObject::step>, true, nullptr},
    {nullptr, MemberKind::Object, nullptr, false, nullptr},
};

// __reduce__: slice(start, stop, step) again (for pickle and copy).
Object* slice_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("slice.__reduce__", nargs, kwnames)) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({as_slice(self)->start, as_slice(self)->stop, as_slice(self)->step}));
    if (!args) return nullptr;
    return tuple_pack({&slice_type, args.get()});
}

// s.indices(length): the start, stop and step a sequence of that length
// would use for s, as range() arguments.
Object* slice_indices_method(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("slice.indices", nargs, kwnames)) return nullptr;
    ssize_t length;
    if (!index_as_ssize(args[0], &length)) return nullptr;
    if (length < 0) {
        set_error(&exc::ValueError, "length should not be negative");
        return nullptr;
    }
    ssize_t start, stop, step;
    if (!slice_unpack(self, &start, &stop, &step)) return nullptr;
    slice_adjust_indices(length, &start, &stop, step);
    Ref<> a = Ref<>::steal(int_from_ssize(start)), b = Ref<>::steal(int_from_ssize(stop)),
          c = Ref<>::steal(int_from_ssize(step));
    if (!a || !b || !c) return nullptr;
    return tuple_pack({a.get(), b.get(), c.get()});
}

const BuiltinDef SLICE_METHODS[] = {
    {"indices", slice_indices_method,
     "S.indices(len) -> (start, stop, stride)\n\n"
     "Assuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\n"
     "S. Out of bounds indices are clipped in a manner consistent with the\n"
     "handling of normal slices."},
    {"__reduce__", slice_reduce, "Return state information for pickling."},
    {nullptr, nullptr, nullptr},
};

TypeObject make_slice_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "slice";
    t.tp_basicsize = sizeof(SliceObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_doc = "slice(stop)\nslice(start, stop[, step])";
    t.tp_dealloc = slice_dealloc;
    t.tp_repr = slice_repr;
    t.tp_hash = slice_hash;
    t.tp_richcompare = slice_richcompare;
    t.tp_traverse = slice_traverse;
    t.tp_new = slice_tp_new;
    t.tp_members = SLICE_MEMBERS;
    t.tp_methods = SLICE_METHODS;
    return t;
}

}  // namespace

TypeObject slice_type = make_slice_type();

Object* slice_new(Object* start, Object* stop, Object* step) {
    SliceState& st = interp().slice_state;
    SliceObject* s;
    if (st.slice_cache) {
        s = st.slice_cache;
        st.slice_cache = nullptr;
        s->ob_refcnt = 1;
        incref(&slice_type);
    } else {
        s = static_cast<SliceObject*>(alloc_object(&slice_type));
        if (!s) return no_memory();
    }
    s->start = new_ref(start ? start : None()).release();
    s->stop = new_ref(stop ? stop : None()).release();
    s->step = new_ref(step ? step : None()).release();
    gc::track(interp().gc, s);
    return s;
}

bool is_slice(const Object* o) { return o->ob_type == &slice_type; }

bool slice_unpack(Object* slice, ssize_t* start, ssize_t* stop, ssize_t* step) {
    SliceObject* r = as_slice(slice);
    if (r->step == None()) {
        *step = 1;
    } else {
        if (!eval_slice_index(r->step, step)) return false;
        if (*step == 0) {
            set_error(&exc::ValueError, "slice step cannot be zero");
            return false;
        }
        // -step must not overflow in slice_adjust_indices: clamp to -PY_SSIZE_T_MAX.
        if (*step < -PTRDIFF_MAX) *step = -PTRDIFF_MAX;
    }
    if (r->start == None()) {
        *start = *step < 0 ? PTRDIFF_MAX : 0;
    } else if (!eval_slice_index(r->start, start)) {
        return false;
    }
    if (r->stop == None()) {
        *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    } else if (!eval_slice_index(r->stop, stop)) {
        return false;
    }
    return true;
}

ssize_t slice_adjust_indices(ssize_t length, ssize_t* start, ssize_t* stop, ssize_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

ssize_t slice_indices(Object* slice, ssize_t length, ssize_t* start, ssize_t* stop, ssize_t* step) {
    if (!slice_unpack(slice, start, stop, step)) return -1;
    return slice_adjust_indices(length, start, stop, *step);
}

bool is_index(const Object* key) { return is_int(key) || key->ob_type->nb_index != nullptr; }

bool index_from_key(Object* key, ssize_t* out) {
    if (is_int(key) ? int_as_ssize(key, out) : index_as_ssize(key, out)) return true;
    if (error_matches(&exc::OverflowError)) {
        clear_error();
        set_error_fmt(&exc::IndexError, "cannot fit '{}' into an index-sized integer", type_name(key));
    }
    return false;
}

bool check_no_keywords(const char* name, Object* kwargs) {
    if (!kwargs || dict_size(kwargs) == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no keyword arguments", name);
    return false;
}

bool check_positional(const char* name, Object* args, ssize_t min, ssize_t max) {
    ssize_t n = args ? tuple_size(args) : 0;
    if (n < min) {
        set_error_fmt(&exc::TypeError, "{} expected at least {} argument{}, got {}", name, min, min == 1 ? "" : "s", n);
        return false;
    }
    if (n > max) {
        set_error_fmt(&exc::TypeError, "{} expected at most {} argument{}, got {}", name, max, max == 1 ? "" : "s", n);
        return false;
    }
    return true;
}

Object* slice_repr(Object* slice) {
    SliceObject* s = as_slice(slice);
    std::string out = "slice(";
    const char* sep = "";
    for (Object* o : {s->start, s->stop, s->step}) {
        Object* r = repr(o);
        if (!r) return nullptr;
        out += sep;
        out += str_to_utf8(r);
        decref(r);
        sep = ", ";
    }
    out += ")";
    return str_from_utf8(out);
}

}  // namespace glasspy::rt
