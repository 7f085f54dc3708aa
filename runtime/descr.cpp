// Method descriptors (see descr.hpp).
#include "runtime/descr.hpp"

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

MethodDescrObject* as_descr(Object* o) { return static_cast<MethodDescrObject*>(o); }

Object* descr_repr(Object* self) {
    auto* d = as_descr(self);
    return str_from_utf8(fmt::format("<method '{}' of '{}' objects>", d->d_method->name, d->d_type->tp_name));
}

// instance.method: a built-in method bound to the instance.
Object* descr_get(Object* self, Object* obj, Object* /*type*/) {
    if (!obj || obj == None()) {
        incref(self);
        return self;
    }
    if (!method_descr_check(self, obj)) return nullptr;
    return builtin_function_new(as_descr(self)->d_method, obj);
}

// Type.method(instance, *args): the instance comes first.
Object* descr_call(Object* self, Object* args, Object* kwargs) {
    auto* d = as_descr(self);
    if (tuple_size(args) < 1) {
        set_error_fmt(&exc::TypeError, "unbound method {}.{}() needs an argument", d->d_type->tp_name, d->d_method->name);
        return nullptr;
    }
    Object* instance = tuple_item(args, 0);
    if (!method_descr_check(self, instance)) return nullptr;
    Object* bound = builtin_function_new(d->d_method, instance);
    if (!bound) return nullptr;
    Object* rest = tuple_new(tuple_size(args) - 1);
    if (!rest) {
        decref(bound);
        return nullptr;
    }
    for (ssize_t i = 1; i < tuple_size(args); ++i) {
        incref(tuple_item(args, i));
        tuple_items(rest)[i - 1] = tuple_item(args, i);
    }
    Object* r = bound->ob_type->tp_call(bound, rest, kwargs);
    decref(rest);
    decref(bound);
    return r;
}

TypeObject make_descr_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "method_descriptor";
    t.tp_basicsize = sizeof(MethodDescrObject);
    t.tp_dealloc = [](Object* o) { free_object(o); };
    t.tp_repr = descr_repr;
    t.tp_descr_get = descr_get;
    t.tp_call = descr_call;
    return t;
}

}  // namespace

TypeObject method_descr_type = make_descr_type();

Object* method_descr_new(TypeObject* type, const BuiltinDef* def) {
    Object* o = alloc_object(&method_descr_type);
    if (!o) return no_memory();
    as_descr(o)->d_type = type;
    as_descr(o)->d_method = def;
    return o;
}

bool method_descr_check(Object* descr, Object* self) {
    auto* d = as_descr(descr);
    if (is_instance_of(self, d->d_type)) return true;
    set_error_fmt(&exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                  d->d_method->name, d->d_type->tp_name, type_name(self));
    return false;
}

Object* method_descr_call_on(Object* descr, Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return as_descr(descr)->d_method->call(self, args, nargs, kwnames);
}

}  // namespace glasspy::rt
