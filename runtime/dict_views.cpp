// The dict view types (see dict_views.hpp).
#include "runtime/dict_views.hpp"

#include <string>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/list.hpp"
#include "runtime/mappingproxy.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

struct DictViewObject : Object {
    Object* dv_dict;
};

Object* dict_of(Object* view) { return static_cast<DictViewObject*>(view)->dv_dict; }

bool is_set_like_view(const Object* o) { return o->ob_type == &dict_keys_type || o->ob_type == &dict_items_type; }

void view_dealloc(Object* self) {
    gc::untrack(self);
    xdecref(static_cast<DictViewObject*>(self)->dv_dict);
    free_object(self);
}

int view_traverse(Object* self, visitproc visit, void* arg) {
    Object* d = dict_of(self);
    return d ? visit(d, arg) : 0;
}

ssize_t view_len(Object* self) { return dict_size(dict_of(self)); }

TypeObject* iterator_type_of(const Object* view) {
    if (view->ob_type == &dict_keys_type) return &dict_keyiter_type;
    if (view->ob_type == &dict_values_type) return &dict_valueiter_type;
    return &dict_itemiter_type;
}

Object* view_iter(Object* self) { return dict_iter_of(dict_of(self), iterator_type_of(self)); }

// dict_keys(['a', 'b']): the type's name around the list of what it holds.
Object* view_repr(Object* self) {
    int status = repr_enter(self);
    if (status != 0) return status < 0 ? nullptr : str_from_utf8("...");
    Ref<> items = Ref<>::steal(list_from_iterable(self));
    Ref<> inner = items ? Ref<>::steal(repr(items.get())) : Ref<>();
    repr_leave(self);
    if (!inner) return nullptr;
    return str_from_utf8(std::string(self->ob_type->tp_name) + "(" + str_to_utf8(inner.get()) + ")");
}

int keys_contains(Object* self, Object* key) { return dict_contains(dict_of(self), key); }

// (key, value) in d.items(): the key is there and its value is equal.
int items_contains(Object* self, Object* item) {
    if (!is_tuple(item) || tuple_size(item) != 2) return 0;
    Object* found = dict_getitem(dict_of(self), tuple_item(item, 0));
    if (!found) return error_occurred() ? -1 : 0;
    Ref<> held = new_ref(found);  // __eq__ may change the dict
    return rich_compare_bool(held.get(), tuple_item(item, 1), EQ);
}

int values_contains(Object* self, Object* value) {
    Ref<> it = Ref<>::steal(view_iter(self));
    if (!it) return -1;
    for (;;) {
        Ref<> v = Ref<>::steal(iter_next(it.get()));
        if (!v) return error_occurred() ? -1 : 0;
        int eq = rich_compare_bool(v.get(), value, EQ);
        if (eq != 0) return eq;
    }
}

// Whether every element of a is in b (CPython: all_contained_in).
int all_contained_in(Object* a, Object* b) {
    Ref<> it = Ref<>::steal(get_iter(a));
    if (!it) return -1;
    for (;;) {
        Ref<> x = Ref<>::steal(iter_next(it.get()));
        if (!x) return error_occurred() ? -1 : 1;
        int found = contains(b, x.get());
        if (found <= 0) return found;
    }
}

// Set-like comparisons with sets and the other set-like views.
Object* view_richcompare(Object* self, Object* other, int op) {
    if (!is_anyset(other) && !is_set_like_view(other)) {
        incref(NotImplemented());
        return NotImplemented();
    }
    ssize_t len_self = length(self), len_other = length(other);
    if (len_self < 0 || len_other < 0) return nullptr;
    int ok;
    switch (op) {
        case EQ:
        case NE:
            ok = len_self == len_other ? all_contained_in(self, other) : 0;
            if (ok >= 0 && op == NE) ok = !ok;
            break;
        case LT: ok = len_self < len_other ? all_contained_in(self, other) : 0; break;
        case LE: ok = len_self <= len_other ? all_contained_in(self, other) : 0; break;
        case GT: ok = len_self > len_other ? all_contained_in(other, self) : 0; break;
        default: ok = len_self >= len_other ? all_contained_in(other, self) : 0; break;
    }
    return ok < 0 ? nullptr : bool_from(ok);
}

// a OP b for views: set(a), then the matching in-place set method with b
// (CPython: dictviews_sub & co.); either side may be the view.
Object* set_operation(Object* a, Object* b, const char* method) {
    Ref<> result = Ref<>::steal(set_new(a));
    if (!result) return nullptr;
    Ref<> name = Ref<>::steal(str_intern(method));
    Ref<> r = Ref<>::steal(call_method(result.get(), name.get(), &b, 1));
    if (!r) return nullptr;
    return result.release();
}

Object* view_and(Object* a, Object* b) { return set_operation(a, b, "intersection_update"); }
Object* view_or(Object* a, Object* b) { return set_operation(a, b, "update"); }
Object* view_sub(Object* a, Object* b) { return set_operation(a, b, "difference_update"); }
Object* view_xor(Object* a, Object* b) { return set_operation(a, b, "symmetric_difference_update"); }

Object* view_isdisjoint(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("isdisjoint", nargs, kwnames)) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(args[0]));
    if (!it) return nullptr;
    for (;;) {
        Ref<> x = Ref<>::steal(iter_next(it.get()));
        if (!x) return error_occurred() ? nullptr : bool_from(true);
        int found = contains(self, x.get());
        if (found < 0) return nullptr;
        if (found) return bool_from(false);
    }
}

TypeObject* reverse_iterator_type_of(const Object* view) {
    if (view->ob_type == &dict_keys_type) return &dict_revkeyiter_type;
    if (view->ob_type == &dict_values_type) return &dict_revvalueiter_type;
    return &dict_revitemiter_type;
}

Object* view_reversed(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__reversed__", nargs, kwnames)) return nullptr;
    return dict_iter_of(dict_of(self), reverse_iterator_type_of(self));
}

const BuiltinDef SET_LIKE_METHODS[] = {
    {"isdisjoint", view_isdisjoint, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, nullptr},
};

const BuiltinDef VALUES_METHODS[] = {
    {"__reversed__", view_reversed, "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, nullptr},
};

const GetSetDef VIEW_GETSET[] = {
    {"mapping", [](Object* self) { return mappingproxy_new(dict_of(self)); }, nullptr,
     "dictionary that this view refers to"},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_view_type(const char* name, bool set_like, int (*contains)(Object*, Object*)) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_basicsize = sizeof(DictViewObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = view_dealloc;
    t.tp_traverse = view_traverse;
    t.tp_repr = view_repr;
    t.tp_iter = view_iter;
    t.sq_length = view_len;
    t.sq_contains = contains;
    t.tp_getset = VIEW_GETSET;
    t.tp_methods = VALUES_METHODS;
    if (set_like) {
        t.tp_richcompare = view_richcompare;
        t.tp_hash = hash_not_implemented;
        t.nb_and = view_and;
        t.nb_or = view_or;
        t.nb_subtract = view_sub;
        t.nb_xor = view_xor;
        t.tp_methods = SET_LIKE_METHODS;
    }
    return t;
}

}  // namespace

TypeObject dict_keys_type = make_view_type("dict_keys", true, keys_contains);
TypeObject dict_values_type = make_view_type("dict_values", false, values_contains);
TypeObject dict_items_type = make_view_type("dict_items", true, items_contains);

Object* dict_view_new(Object* d, TypeObject* view_type) {
    auto* v = static_cast<DictViewObject*>(alloc_object(view_type));
    if (!v) return no_memory();
    v->dv_dict = new_ref(d).release();
    gc::track(interp().gc, v);
    return v;
}

}  // namespace glasspy::rt
