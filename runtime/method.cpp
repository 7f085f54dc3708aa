// Bound methods; see method.hpp.
#include "runtime/method.hpp"

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

MethodObject* as_method(Object* o) { return static_cast<MethodObject*>(o); }

void method_dealloc(Object* self) {
    gc::untrack(self);
    clear(as_method(self)->im_func);
    clear(as_method(self)->im_self);
    free_object(self);
}

int method_traverse(Object* self, visitproc visit, void* arg) {
    for (Object* field : {as_method(self)->im_func, as_method(self)->im_self})
        if (field)
            if (int r = visit(field, arg)) return r;
    return 0;
}

// <bound method C.f of <C object at 0x...>>: the function's __qualname__
// (or __name__), and the repr of the instance.
Object* method_repr(Object* self) {
    MethodObject* m = as_method(self);
    Object* name = get_attr_str(m->im_func, "__qualname__");
    if (!name) {
        if (!error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
        name = get_attr_str(m->im_func, "__name__");
        if (!name) {
            if (!error_matches(&exc::AttributeError)) return nullptr;
            clear_error();
        }
    }
    Ref<> owned_name = Ref<>::steal(name);
    Ref<> self_repr = Ref<>::steal(repr(m->im_self));
    if (!self_repr) return nullptr;
    std::string shown = name && is_str(name) ? str_to_utf8(name) : "?";
    return str_from_utf8(fmt::format("<bound method {} of {}>", shown, str_to_utf8(self_repr.get())));
}

// m(*args, **kwargs) = m.__func__(m.__self__, *args, **kwargs).
Object* method_call(Object* self, Object* args, Object* kwargs) {
    return call_vector_from_dict(
        args, kwargs,
        [](void* m, Object* const* v, ssize_t npos, Object* names) {
            return call_with_self(as_method(static_cast<Object*>(m))->im_func,
                                  as_method(static_cast<Object*>(m))->im_self, v, npos, names);
        },
        self);
}

// Two bound methods are equal when they bind equal functions to the same
// object (3.8+: identity of __self__).
Object* method_richcompare(Object* self, Object* other, int op) {
    if ((op != EQ && op != NE) || !is_method(other)) {
        incref(NotImplemented());
        return NotImplemented();
    }
    MethodObject* a = as_method(self);
    MethodObject* b = as_method(other);
    int eq = a->im_self == b->im_self ? rich_compare_bool(a->im_func, b->im_func, EQ) : 0;
    if (eq < 0) return nullptr;
    return bool_from(op == EQ ? eq != 0 : eq == 0);
}

ssize_t method_hash(Object* self) {
    ssize_t a = object_hash(as_method(self)->im_self);
    ssize_t b = hash(as_method(self)->im_func);
    if (b == -1) return -1;
    ssize_t h = a ^ b;
    return h == -1 ? -2 : h;
}

// The method's own attributes first, then the function's: m.__name__ is
// m.__func__.__name__ (CPython: method_getattro).
Object* method_getattro(Object* self, Object* name) {
    if (Object* descr = type_lookup(self->ob_type, name)) {
        if (descrgetfunc get = descr->ob_type->tp_descr_get) return get(descr, self, self->ob_type);
        incref(descr);
        return descr;
    }
    return get_attr(as_method(self)->im_func, name);
}

Object* method_descr_get(Object* self, Object*, Object*) {
    incref(self);
    return self;
}

Object* field(Object* o) {
    incref(o);
    return o;
}

const GetSetDef METHOD_GETSET[] = {
    {"__func__", [](Object* m) { return field(as_method(m)->im_func); }, nullptr, "the function (or other callable) implementing a method"},
    {"__self__", [](Object* m) { return field(as_method(m)->im_self); }, nullptr, "the instance to which a method is bound"},
    {"__doc__", [](Object* m) { return get_attr_str(as_method(m)->im_func, "__doc__"); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// pickle and copy: getattr(instance, name) binds the method again.
Object* method_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("method.__reduce__", nargs, kwnames)) return nullptr;
    Ref<> getattr = Ref<>::steal(get_attr_str(interp().builtins, "getattr"));
    Ref<> name = Ref<>::steal(get_attr_str(as_method(self)->im_func, "__name__"));
    if (!getattr || !name) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({as_method(self)->im_self, name.get()}));
    if (!args) return nullptr;
    return tuple_pack({getattr.get(), args.get()});
}

const BuiltinDef METHOD_METHODS[] = {
    {"__reduce__", method_reduce, nullptr},
    {nullptr, nullptr, nullptr},
};

// method(function, instance): what types.MethodType(f, obj) calls to bind
// by hand (CPython: method_new in Objects/classobject.c).
Object* method_tp_new(TypeObject*, Object* args, Object* kwargs) {
    if (kwargs && dict_size(kwargs) != 0) {
        set_error(&exc::TypeError, "method() takes no keyword arguments");
        return nullptr;
    }
    if (!check_positional("method", tuple_size(args), 2, 2)) return nullptr;
    Object* func = tuple_item(args, 0);
    Object* self = tuple_item(args, 1);
    if (!func->ob_type->tp_call) {
        set_error(&exc::TypeError, "first argument must be callable");
        return nullptr;
    }
    if (self == None()) {
        set_error(&exc::TypeError, "instance must not be None");
        return nullptr;
    }
    return method_new(func, self);
}

TypeObject make_method_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "method";
    t.tp_basicsize = sizeof(MethodObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_doc = "Create a bound instance method object.";
    t.tp_dealloc = method_dealloc;
    t.tp_traverse = method_traverse;
    t.tp_repr = method_repr;
    t.tp_call = method_call;
    t.tp_richcompare = method_richcompare;
    t.tp_hash = method_hash;
    t.tp_getattro = method_getattro;
    t.tp_descr_get = method_descr_get;
    t.tp_getset = METHOD_GETSET;
    t.tp_methods = METHOD_METHODS;
    t.tp_new = method_tp_new;
    return t;
}

}  // namespace

TypeObject method_type = make_method_type();

Object* method_new(Object* func, Object* self) {
    Object* o = alloc_object(&method_type);
    if (!o) return no_memory();
    incref(func);
    incref(self);
    as_method(o)->im_func = func;
    as_method(o)->im_self = self;
    gc::track(interp().gc, o);
    return o;
}

}  // namespace glasspy::rt
