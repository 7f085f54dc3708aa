// The iterator types of enumerate, zip, map, filter, reversed, iter(seq)
// and iter(callable, sentinel) (CPython: Objects/enumobject.c,
// Python/bltinmodule.c, Objects/iterobject.c).  See iterobjects.hpp.
//
// The constructors are tp_new slots taking CPython's (args tuple, kwargs
// dict) pair, because type_call is how a type is called; each checks its
// arguments with the message CPython 3.11's vectorcall entry gives.  Each
// iterator reads its sources through iter_next, which turns StopIteration
// into a plain "exhausted" null, so a source written in Python that raises
// StopIteration ends the iteration just as one that returns does.
#include "runtime/iterobjects.hpp"

#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/iterator_support.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// ---- shared helpers --------------------------------------------------------------------------


// Allocates an instance of a (possibly GC) iterator type with every field
// zeroed; the caller fills the fields and then calls track().
template <typename T> T* alloc_iter(TypeObject* type) {
    auto* it = static_cast<T*>(alloc_object(type));
    if (!it) return nullptr;
    // Zero the fields after the object header, so that dealloc is safe on a
    // half-built instance.
    std::memset(reinterpret_cast<char*>(it) + sizeof(Object), 0, sizeof(T) - sizeof(Object));
    return it;
}

void track(Object* o) { gc::track(interp().gc, o); }
void untrack(Object* o) {
    if (gc::is_tracked(o)) gc::untrack(o);
}

// Visits each non-null reference, stopping at the first non-zero result
// (what CPython's Py_VISIT does field by field).
int visit_all(visitproc visit, void* arg, std::initializer_list<Object*> fields) {
    for (Object* o : fields)
        if (o)
            if (int r = visit(o, arg)) return r;
    return 0;
}

std::size_t kwargs_size(Object* kwargs) { return kwargs ? static_cast<std::size_t>(dict_size(kwargs)) : 0; }

// "f() takes no keyword arguments" (CPython: _PyArg_NoKeywords).
bool no_keywords(std::string_view name, Object* kwargs) {
    if (kwargs_size(kwargs) == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no keyword arguments", name);
    return false;
}

// "f expected 2 arguments, got 1" (CPython: _PyArg_CheckPositional).
bool check_positional(std::string_view name, ssize_t nargs, ssize_t min, ssize_t max) {
    if (nargs < min) {
        set_error_fmt(&exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at least ", min,
                      min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        set_error_fmt(&exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at most ", max,
                      max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

// A tuple of iter(x) for each x in args[first:] (zip's and map's sources).
Object* iterators_of(Object* args, ssize_t first) {
    ssize_t n = tuple_size(args) - first;
    Ref<> iters = Ref<>::steal(tuple_new(n));
    if (!iters) return nullptr;
    // Filled with None first, so that the tuple frees cleanly on an error.
    for (ssize_t i = 0; i < n; ++i) tuple_items(iters.get())[i] = none_ref();
    for (ssize_t i = 0; i < n; ++i) {
        Object* it = get_iter(tuple_item(args, first + i));
        if (!it) return nullptr;
        Object* old = tuple_items(iters.get())[i];
        tuple_items(iters.get())[i] = it;
        decref(old);
    }
    return iters.release();
}

// operator.index(o) as an exact int (CPython: PyNumber_Index).
Object* number_index(Object* o) {
    if (is_int(o)) return int_exact(o);
    unaryfunc f = o->ob_type->nb_index;
    if (!f) {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
        return nullptr;
    }
    Object* r = f(o);
    if (r && !is_int(r)) {
        set_error_fmt(&exc::TypeError, "__index__ returned non-int (type {})", type_name(r));
        clear(r);
    }
    return r;
}

// ---- enumerate --------------------------------------------------------------------------------
// Counts in a C++ integer while it fits (CPython's en_index) and switches to
// a Python int at PTRDIFF_MAX (en_longindex), so enumerate(x, 2**100) works.

struct EnumerateObject : Object {
    ssize_t en_index;
    Object* en_sit;        // the underlying iterator
    Object* en_longindex;  // the next index once past PTRDIFF_MAX, else null
};

Object* enumerate_make(TypeObject* type, Object* iterable, Object* start) {
    Ref<> it = Ref<>::steal(get_iter(iterable));
    if (!it) return nullptr;
    Ref<> start_int;
    ssize_t index = 0;
    if (start) {
        start_int = Ref<>::steal(number_index(start));
        if (!start_int) return nullptr;
        if (!int_as_ssize(start_int.get(), &index)) {
            if (!error_matches(&exc::OverflowError)) return nullptr;
            clear_error();
            index = PTRDIFF_MAX;
        } else {
            start_int = nullptr;  // it fits: count in C++
        }
    }
    auto* en = alloc_iter<EnumerateObject>(type);
    if (!en) return no_memory();
    en->en_index = index;
    en->en_sit = it.release();
    en->en_longindex = start_int.release();
    track(en);
    return en;
}

// The keyword named `name` at kwnames[i], else TypeError (CPython's
// check_keyword in enumobject.c).
bool check_keyword(Object* key, std::string_view name) {
    if (is_str(key) && str_equals_ascii(key, name)) return true;
    Ref<> r = Ref<>::steal(repr(key));
    if (!r) return false;
    set_error_fmt(&exc::TypeError, "{} is an invalid keyword argument for enumerate()", str_to_utf8(r.get()));
    return false;
}

// enumerate(iterable, start=0), checked as CPython 3.11's enum_vectorcall
// does it by hand: the keywords are looked at in the order given.
Object* enumerate_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    ssize_t nargs = tuple_size(args);
    Object* values[2] = {nullptr, nullptr};
    Object* keys[2] = {nullptr, nullptr};
    ssize_t nkw = 0, n = nargs;
    for (ssize_t i = 0; i < nargs && i < 2; ++i) values[i] = tuple_item(args, i);
    ssize_t pos = 0;
    Object *key, *value;
    while (kwargs && dict_next(kwargs, &pos, &key, &value)) {
        if (n < 2) {
            keys[nkw] = key;
            values[n] = value;
        }
        ++nkw;
        ++n;
    }
    if (n == 2) {
        if (nkw == 1 && !check_keyword(keys[0], "start")) return nullptr;
        if (nkw == 2) {
            if (is_str(keys[0]) && str_equals_ascii(keys[0], "start")) {
                if (!check_keyword(keys[1], "iterable")) return nullptr;
                return enumerate_make(type, values[1], values[0]);
            }
            if (!check_keyword(keys[0], "iterable") || !check_keyword(keys[1], "start")) return nullptr;
        }
        return enumerate_make(type, values[0], values[1]);
    }
    if (n == 1) {
        if (nkw == 1 && !check_keyword(keys[0], "iterable")) return nullptr;
        return enumerate_make(type, values[0], nullptr);
    }
    if (nargs == 0) {
        set_error(&exc::TypeError, "enumerate() missing required argument 'iterable'");
        return nullptr;
    }
    set_error_fmt(&exc::TypeError, "enumerate() takes at most 2 arguments ({} given)", n);
    return nullptr;
}

void enumerate_dealloc(Object* self) {
    auto* en = static_cast<EnumerateObject*>(self);
    untrack(en);
    clear(en->en_sit);
    clear(en->en_longindex);
    free_object(en);
}

int enumerate_traverse(Object* self, visitproc visit, void* arg) {
    auto* en = static_cast<EnumerateObject*>(self);
    return visit_all(visit, arg, {en->en_sit, en->en_longindex});
}

Object* enumerate_next(Object* self) {
    auto* en = static_cast<EnumerateObject*>(self);
    Ref<> item = Ref<>::steal(iter_next(en->en_sit));
    if (!item) return nullptr;
    Ref<> index;
    if (en->en_index < PTRDIFF_MAX) {
        index = Ref<>::steal(int_from_ssize(en->en_index++));
    } else {
        // Past PTRDIFF_MAX: the count continues as a Python int.
        if (!en->en_longindex) {
            en->en_longindex = int_from_ssize(PTRDIFF_MAX);
            if (!en->en_longindex) return nullptr;
        }
        Ref<> one = Ref<>::steal(int_from_ssize(1));
        Ref<> next = Ref<>::steal(binary_op(en->en_longindex, one.get(), BinaryOp::Add));
        if (!next) return nullptr;
        index = Ref<>::steal(en->en_longindex);
        en->en_longindex = next.release();
    }
    if (!index) return nullptr;
    return tuple_pack({index.get(), item.get()});
}

// ---- zip ----------------------------------------------------------------------------------------

struct ZipObject : Object {
    ssize_t tuplesize;
    Object* ittuple;  // tuple of the iterators
    bool strict;      // zip(..., strict=True): unequal lengths are a ValueError
};

// zip(*iterables, strict=False)
Object* zip_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    bool strict = false;
    if (std::size_t nkw = kwargs_size(kwargs)) {
        // CPython parses the keywords with "|$p:zip".
        if (nkw > 1) {
            set_error_fmt(&exc::TypeError, "zip() takes at most 1 keyword argument ({} given)", nkw);
            return nullptr;
        }
        ssize_t pos = 0;
        Object *key, *value;
        (void)dict_next(kwargs, &pos, &key, &value);
        if (!str_equals_ascii(key, "strict")) {
            set_error_fmt(&exc::TypeError, "'{}' is an invalid keyword argument for zip()", str_to_utf8(key));
            return nullptr;
        }
        int t = is_true(value);
        if (t < 0) return nullptr;
        strict = t;
    }
    ssize_t n = tuple_size(args);
    Ref<> ittuple = Ref<>::steal(iterators_of(args, 0));
    if (!ittuple) return nullptr;
    auto* z = alloc_iter<ZipObject>(type);
    if (!z) return no_memory();
    z->tuplesize = n;
    z->ittuple = ittuple.release();
    z->strict = strict;
    track(z);
    return z;
}

void zip_dealloc(Object* self) {
    auto* z = static_cast<ZipObject*>(self);
    untrack(z);
    clear(z->ittuple);
    free_object(z);
}

int zip_traverse(Object* self, visitproc visit, void* arg) {
    return visit_all(visit, arg, {static_cast<ZipObject*>(self)->ittuple});
}

// The ValueError of zip(strict=True) (CPython's zip_next, "check:" label):
// "zip() argument 2 is shorter than argument 1", "... than arguments 1-2".
void zip_length_error(ssize_t i, const char* which) {
    set_error_fmt(&exc::ValueError, "zip() argument {} is {} than argument{}{}", i + 1, which,
                  i == 1 ? " " : "s 1-", i);
}

// With strict, the first iterator to run out decides: if it was not the
// first one, an earlier one was longer; if it was, every other one must be
// exhausted too, or it is longer.
Object* zip_strict_check(ZipObject* z, ssize_t i) {
    if (error_occurred()) return nullptr;
    if (i) {
        zip_length_error(i, "shorter");
        return nullptr;
    }
    for (i = 1; i < z->tuplesize; ++i) {
        Object* item = iter_next(tuple_item(z->ittuple, i));
        if (item) {
            decref(item);
            zip_length_error(i, "longer");
            return nullptr;
        }
        if (error_occurred()) return nullptr;
    }
    return nullptr;  // all exhausted together: the normal end
}

Object* zip_next(Object* self) {
    auto* z = static_cast<ZipObject*>(self);
    if (z->tuplesize == 0) return nullptr;
    Ref<> result = Ref<>::steal(tuple_new(z->tuplesize));
    if (!result) return nullptr;
    for (ssize_t i = 0; i < z->tuplesize; ++i) tuple_items(result.get())[i] = none_ref();
    for (ssize_t i = 0; i < z->tuplesize; ++i) {
        Object* item = iter_next(tuple_item(z->ittuple, i));
        if (!item) return z->strict ? zip_strict_check(z, i) : nullptr;
        Object* old = tuple_items(result.get())[i];
        tuple_items(result.get())[i] = item;
        decref(old);
    }
    return result.release();
}

// ---- map ----------------------------------------------------------------------------------------

struct MapObject : Object {
    Object* iters;  // tuple of the iterators
    Object* func;
};

// map(func, *iterables)
Object* map_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    if (!no_keywords("map", kwargs)) return nullptr;
    ssize_t n = tuple_size(args);
    if (n < 2) {
        set_error(&exc::TypeError, "map() must have at least two arguments.");
        return nullptr;
    }
    Ref<> iters = Ref<>::steal(iterators_of(args, 1));
    if (!iters) return nullptr;
    auto* m = alloc_iter<MapObject>(type);
    if (!m) return no_memory();
    m->iters = iters.release();
    m->func = new_ref(tuple_item(args, 0)).release();
    track(m);
    return m;
}

void map_dealloc(Object* self) {
    auto* m = static_cast<MapObject*>(self);
    untrack(m);
    clear(m->iters);
    clear(m->func);
    free_object(m);
}

int map_traverse(Object* self, visitproc visit, void* arg) {
    auto* m = static_cast<MapObject*>(self);
    return visit_all(visit, arg, {m->iters, m->func});
}

// func(next(it1), next(it2), ...): stops at the shortest iterable.
Object* map_next(Object* self) {
    auto* m = static_cast<MapObject*>(self);
    ssize_t n = tuple_size(m->iters);
    // Up to 5 arguments stay on the C++ stack, as in CPython
    // (_PY_FASTCALL_SMALL_STACK); more go to the heap.
    constexpr ssize_t SMALL = 5;
    Object* small[SMALL];
    std::vector<Object*> large;
    if (n > SMALL) large.resize(static_cast<std::size_t>(n));
    Object** items = n > SMALL ? large.data() : small;
    ssize_t got = 0;
    Object* result = nullptr;
    for (; got < n; ++got) {
        items[got] = iter_next(tuple_item(m->iters, got));
        if (!items[got]) break;
    }
    if (got == n) result = call(m->func, items, static_cast<std::size_t>(n));
    for (ssize_t i = 0; i < got; ++i) decref(items[i]);
    return result;
}

// ---- filter -------------------------------------------------------------------------------------

struct FilterObject : Object {
    Object* func;  // None or bool: keep the true items
    Object* it;
};

// filter(function or None, iterable)
Object* filter_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    if (!no_keywords("filter", kwargs) || !check_positional("filter", tuple_size(args), 2, 2)) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(tuple_item(args, 1)));
    if (!it) return nullptr;
    auto* f = alloc_iter<FilterObject>(type);
    if (!f) return no_memory();
    f->func = new_ref(tuple_item(args, 0)).release();
    f->it = it.release();
    track(f);
    return f;
}

void filter_dealloc(Object* self) {
    auto* f = static_cast<FilterObject*>(self);
    untrack(f);
    clear(f->func);
    clear(f->it);
    free_object(f);
}

int filter_traverse(Object* self, visitproc visit, void* arg) {
    auto* f = static_cast<FilterObject*>(self);
    return visit_all(visit, arg, {f->func, f->it});
}

Object* filter_next(Object* self) {
    auto* f = static_cast<FilterObject*>(self);
    // filter(None, ...) and filter(bool, ...) test the items themselves
    // without a call (CPython's checktrue shortcut).
    bool checktrue = f->func == None() || f->func == &bool_type;
    for (;;) {
        Object* item = iter_next(f->it);
        if (!item) return nullptr;
        int ok;
        if (checktrue) {
            ok = is_true(item);
        } else {
            Object* good = call(f->func, &item, 1);
            if (!good) {
                decref(item);
                return nullptr;
            }
            ok = is_true(good);
            decref(good);
        }
        if (ok > 0) return item;
        decref(item);
        if (ok < 0) return nullptr;
    }
}

// ---- reversed -----------------------------------------------------------------------------------

struct ReversedObject : Object {
    ssize_t index;  // the next item to produce; -1 once exhausted
    Object* seq;    // null once exhausted
};

Object* reversed_make(TypeObject* type, Object* seq);

Object* reversed_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    if (!no_keywords("reversed", kwargs) || !check_positional("reversed", tuple_size(args), 1, 1)) return nullptr;
    return reversed_make(type, tuple_item(args, 0));
}

void reversed_dealloc(Object* self) {
    auto* r = static_cast<ReversedObject*>(self);
    untrack(r);
    clear(r->seq);
    free_object(r);
}

int reversed_traverse(Object* self, visitproc visit, void* arg) {
    return visit_all(visit, arg, {static_cast<ReversedObject*>(self)->seq});
}

// seq[i] for the sequence protocol (PySequence_GetItem without the
// negative-index adjustment: callers pass i >= 0).
Object* sequence_item(Object* seq, ssize_t i) {
    if (ssizeargfunc f = seq->ob_type->sq_item) return f(seq, i);
    Ref<> key = Ref<>::steal(int_from_ssize(i));
    if (!key) return nullptr;
    return get_item(seq, key.get());
}

// Whether the current error is the one that ends an old-style iteration.
bool is_end_of_sequence() {
    if (!error_matches(&exc::IndexError) && !error_matches(&exc::StopIteration)) return false;
    clear_error();
    return true;
}

Object* reversed_next(Object* self) {
    auto* r = static_cast<ReversedObject*>(self);
    if (r->index >= 0 && r->seq) {
        Object* item = sequence_item(r->seq, r->index);
        if (item) {
            r->index--;
            return item;
        }
        if (!is_end_of_sequence()) return nullptr;
    }
    r->index = -1;
    clear(r->seq);
    return nullptr;
}

// ---- the sequence iterator ----------------------------------------------------------------------

struct SeqIterObject : Object {
    ssize_t it_index;
    Object* it_seq;  // null once exhausted
};

void seqiter_dealloc(Object* self) {
    auto* it = static_cast<SeqIterObject*>(self);
    untrack(it);
    clear(it->it_seq);
    free_object(it);
}

int seqiter_traverse(Object* self, visitproc visit, void* arg) {
    return visit_all(visit, arg, {static_cast<SeqIterObject*>(self)->it_seq});
}

// seq[0], seq[1], ... until IndexError (or StopIteration): the iteration
// protocol from before __iter__ existed, which Python still honours.
Object* seqiter_next(Object* self) {
    auto* it = static_cast<SeqIterObject*>(self);
    if (!it->it_seq) return nullptr;
    if (it->it_index == PTRDIFF_MAX) {
        set_error(&exc::OverflowError, "iter index too large");
        return nullptr;
    }
    Object* item = sequence_item(it->it_seq, it->it_index);
    if (item) {
        it->it_index++;
        return item;
    }
    if (is_end_of_sequence()) clear(it->it_seq);
    return nullptr;
}

// ---- the callable iterator ----------------------------------------------------------------------

struct CallIterObject : Object {
    Object* it_callable;  // null once the sentinel was seen
    Object* it_sentinel;
};

void calliter_dealloc(Object* self) {
    auto* it = static_cast<CallIterObject*>(self);
    untrack(it);
    clear(it->it_callable);
    clear(it->it_sentinel);
    free_object(it);
}

int calliter_traverse(Object* self, visitproc visit, void* arg) {
    auto* it = static_cast<CallIterObject*>(self);
    return visit_all(visit, arg, {it->it_callable, it->it_sentinel});
}

Object* calliter_next(Object* self) {
    auto* it = static_cast<CallIterObject*>(self);
    if (!it->it_callable) return nullptr;
    Object* result = call(it->it_callable, nullptr, 0);
    if (result) {
        // sentinel == result, in that order (CPython compares this way round).
        int ok = rich_compare_bool(it->it_sentinel, result, EQ);
        if (ok == 0) return result;
        decref(result);
        if (ok < 0) return nullptr;
    } else if (error_matches(&exc::StopIteration)) {
        clear_error();
    } else {
        return nullptr;
    }
    clear(it->it_callable);
    clear(it->it_sentinel);
    return nullptr;
}

// ---- the type objects ---------------------------------------------------------------------------

// The items left of reversed(seq) and of the sequence iterator, as far as
// the sequence's current length tells (CPython: reversed_len, iter_len).
ssize_t reversed_remaining(Object* self) {
    auto* ro = static_cast<ReversedObject*>(self);
    if (!ro->seq) return 0;
    ssize_t size = length(ro->seq);
    if (size < 0) return -1;
    return size < ro->index + 1 ? 0 : ro->index + 1;
}

ssize_t seqiter_remaining(Object* self) {
    auto* it = static_cast<SeqIterObject*>(self);
    if (!it->it_seq) return 0;
    ssize_t size = length(it->it_seq);
    if (size < 0) return -1;
    return std::max<ssize_t>(size - it->it_index, 0);
}

const BuiltinDef REVERSED_METHODS[] = {
    {"__length_hint__", length_hint_method<reversed_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};
const BuiltinDef SEQITER_METHODS[] = {
    {"__length_hint__", length_hint_method<seqiter_remaining>, LENGTH_HINT_DOC},
    {nullptr, nullptr, nullptr},
};

TypeObject make_iter_type(const char* name, ssize_t size, const char* doc, destructor dealloc,
                          traverseproc traverse, iternextfunc next, newfunc new_slot) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = size;
    // The types Python code may call are subclassable in CPython.
    t.tp_flags = TPFLAGS_HAVE_GC;
    if (new_slot) t.tp_flags |= TPFLAGS_BASETYPE;
    t.tp_doc = doc;
    t.tp_dealloc = dealloc;
    t.tp_traverse = traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_new = new_slot;
    return t;
}

}  // namespace

TypeObject enumerate_type = make_iter_type(
    "enumerate", sizeof(EnumerateObject),
    "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
    "The enumerate object yields pairs containing a count (from start, which\n"
    "defaults to zero) and a value yielded by the iterable argument.",
    enumerate_dealloc, enumerate_traverse, enumerate_next, enumerate_tp_new);
TypeObject zip_type = make_iter_type(
    "zip", sizeof(ZipObject),
    "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    zip_dealloc, zip_traverse, zip_next, zip_tp_new);
TypeObject map_type = make_iter_type(
    "map", sizeof(MapObject),
    "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\n"
    "each of the iterables.  Stops when the shortest iterable is exhausted.",
    map_dealloc, map_traverse, map_next, map_tp_new);
TypeObject filter_type = make_iter_type(
    "filter", sizeof(FilterObject),
    "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable "
    "for which function(item)\nis true. If function is None, return the items that are true.",
    filter_dealloc, filter_traverse, filter_next, filter_tp_new);
TypeObject reversed_type = make_iter_type("reversed", sizeof(ReversedObject),
                                          "Return a reverse iterator over the values of the given sequence.",
                                          reversed_dealloc, reversed_traverse, reversed_next, reversed_tp_new);
TypeObject seqiter_type = make_iter_type("iterator", sizeof(SeqIterObject), nullptr, seqiter_dealloc,
                                         seqiter_traverse, seqiter_next, nullptr);
TypeObject callable_iter_type = make_iter_type("callable_iterator", sizeof(CallIterObject), nullptr,
                                               calliter_dealloc, calliter_traverse, calliter_next, nullptr);

void iterobjects_init() {
    reversed_type.tp_methods = REVERSED_METHODS;
    seqiter_type.tp_methods = SEQITER_METHODS;
    for (TypeObject* t :
         {&enumerate_type, &zip_type, &map_type, &filter_type, &reversed_type, &seqiter_type, &callable_iter_type})
        (void)type_ready(t);
}

// ---- the C++ API --------------------------------------------------------------------------------

Object* seqiter_new(Object* seq) {
    auto* it = alloc_iter<SeqIterObject>(&seqiter_type);
    if (!it) return no_memory();
    it->it_index = 0;
    it->it_seq = new_ref(seq).release();
    track(it);
    return it;
}

Object* calliter_new(Object* callable, Object* sentinel) {
    auto* it = alloc_iter<CallIterObject>(&callable_iter_type);
    if (!it) return no_memory();
    it->it_callable = new_ref(callable).release();
    it->it_sentinel = new_ref(sentinel).release();
    track(it);
    return it;
}

bool sequence_check(const Object* o) { return !is_dict(o) && o->ob_type->sq_item; }

Object* reversed_new(Object* seq) { return reversed_make(&reversed_type, seq); }

namespace {

// reversed(seq) for reversed or a subclass of it (CPython: reversed_new_impl).
Object* reversed_make(TypeObject* type, Object* seq) {
    // seq.__reversed__(), looked up on the type as special methods are; a
    // class may set it to None to say "not reversible".
    Ref<> name = Ref<>::steal(str_intern("__reversed__"));
    if (!name) return nullptr;
    if (Object* meth = type_lookup(seq->ob_type, name.get())) {
        if (meth == None()) {
            set_error_fmt(&exc::TypeError, "'{}' object is not reversible", type_name(seq));
            return nullptr;
        }
        Ref<> bound = Ref<>::steal(get_attr(seq, name.get()));
        if (!bound) return nullptr;
        return call(bound.get(), nullptr, 0);
    }
    // A list's own reverse iterator, which list.__reversed__ would return.
    if (is_list_exact(seq)) return list_reversed(seq);
    if (!sequence_check(seq)) {
        set_error_fmt(&exc::TypeError, "'{}' object is not reversible", type_name(seq));
        return nullptr;
    }
    ssize_t n = length(seq);
    if (n < 0) return nullptr;
    auto* r = alloc_iter<ReversedObject>(type);
    if (!r) return no_memory();
    r->index = n - 1;
    r->seq = new_ref(seq).release();
    track(r);
    return r;
}

}  // namespace

}  // namespace glasspy::rt
