// isinstance and issubclass (CPython: Objects/abstract.c,
// PyObject_IsInstance / PyObject_IsSubclass).
//
// The order of the checks is observable and follows CPython's: an exact
// type match answers at once (no hook runs); a class whose metaclass is
// exactly `type` is answered from the MRO; a tuple is searched item by
// item; otherwise the metaclass's __instancecheck__ / __subclasscheck__
// decides (abc.ABCMeta's register() works through these).  Without a hook,
// objects that are not types can still take part through __bases__ and
// __class__ (the "abstract" protocol mocks and proxies use).
#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/recursion_guard.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/union_type.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// The names looked up here, interned once (the references are kept for
// the process's life, as CPython's static strings).
Object* bases_name() {
    static Object* const name = str_intern("__bases__");
    return name;
}
Object* class_name() {
    static Object* const name = str_intern("__class__");
    return name;
}

// o.name, or null without an exception when o has no such attribute.
Ref<> optional_attr(Object* o, Object* name) {
    Ref<> value = Ref<>::steal(get_attr(o, name));
    if (!value && error_matches(&exc::AttributeError)) clear_error();
    return value;
}

// cls.__bases__ when it is a tuple (CPython: abstract_get_bases).
Ref<> abstract_bases(Object* cls) {
    Ref<> bases = optional_attr(cls, bases_name());
    if (bases && !is_tuple(bases.get())) return Ref<>();
    return bases;
}

// Whether cls is derived reaches cls through __bases__ (CPython: abstract_issubclass).
int abstract_issubclass(Object* derived, Object* cls) {
    for (;;) {
        if (derived == cls) return 1;
        Ref<> bases = abstract_bases(derived);
        if (!bases) return error_occurred() ? -1 : 0;
        ssize_t n = tuple_size(bases.get());
        if (n == 0) return 0;
        if (n == 1) {  // a single base: iterate instead of recursing
            derived = tuple_item(bases.get(), 0);
            continue;
        }
        RecursionGuard guard(" in __issubclass__");
        if (guard.failed()) return -1;
        for (ssize_t i = 0; i < n; ++i) {
            int r = abstract_issubclass(tuple_item(bases.get(), i), cls);
            if (r != 0) return r;
        }
        return 0;
    }
}

bool check_class(Object* cls, const char* message) {
    if (is_type(cls)) return true;
    Ref<> bases = abstract_bases(cls);
    if (bases) return true;
    if (!error_occurred()) set_error(&exc::TypeError, message);
    return false;
}

// isinstance without hooks (CPython: object_isinstance).
int plain_isinstance(Object* inst, Object* cls) {
    if (is_type(cls)) {
        auto* type = static_cast<TypeObject*>(cls);
        if (is_instance_of(inst, type)) return 1;
        // An object may claim another class through __class__ (a proxy).
        Ref<> icls = optional_attr(inst, class_name());
        if (!icls) return error_occurred() ? -1 : 0;
        if (icls.get() != inst->ob_type && is_type(icls.get()))
            return is_subtype(static_cast<TypeObject*>(icls.get()), type);
        return 0;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) return -1;
    Ref<> icls = optional_attr(inst, class_name());
    if (!icls) return error_occurred() ? -1 : 0;
    return abstract_issubclass(icls.get(), cls);
}

// issubclass without hooks (CPython: recursive_issubclass).
int plain_issubclass(Object* derived, Object* cls) {
    if (is_type(cls) && is_type(derived))
        return is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
    if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
    return abstract_issubclass(derived, cls);
}

// Calls type(cls).hook(cls, arg) if the metaclass defines it: 1 or 0, -1
// with an exception, or -2 when there is no hook.
int call_hook(Object* cls, Object* name, const char* where, Object* arg) {
    if (!type_lookup(cls->ob_type, name)) return -2;
    RecursionGuard guard(where);
    if (guard.failed()) return -1;
    Ref<> result = Ref<>::steal(call_method(cls, name, &arg, 1));
    if (!result) return -1;
    return is_true(result.get());
}

}  // namespace

int object_isinstance(Object* inst, Object* cls) {
    if (inst->ob_type == cls) return 1;  // quick result: no hook is called
    if (cls->ob_type == &type_type) return plain_isinstance(inst, cls);
    if (is_union(cls)) cls = union_args(cls);  // int | str as (int, str)
    if (is_tuple(cls)) {
        RecursionGuard guard(" in __instancecheck__");
        if (guard.failed()) return -1;
        for (ssize_t i = 0, n = tuple_size(cls); i < n; ++i) {
            int r = object_isinstance(inst, tuple_item(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    static Object* const hook = str_intern("__instancecheck__");
    int r = call_hook(cls, hook, " in __instancecheck__", inst);
    return r == -2 ? plain_isinstance(inst, cls) : r;
}

int object_issubclass(Object* derived, Object* cls) {
    if (cls->ob_type == &type_type) {
        if (derived == cls) return 1;
        return plain_issubclass(derived, cls);
    }
    if (is_union(cls)) cls = union_args(cls);
    if (is_tuple(cls)) {
        RecursionGuard guard(" in __subclasscheck__");
        if (guard.failed()) return -1;
        for (ssize_t i = 0, n = tuple_size(cls); i < n; ++i) {
            int r = object_issubclass(derived, tuple_item(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    static Object* const hook = str_intern("__subclasscheck__");
    int r = call_hook(cls, hook, " in __subclasscheck__", derived);
    return r == -2 ? plain_issubclass(derived, cls) : r;
}

// The hooks' defaults, which a metaclass's own hook may call through super().
int type_default_instancecheck(Object* cls, Object* inst) { return plain_isinstance(inst, cls); }
int type_default_subclasscheck(Object* cls, Object* derived) { return plain_issubclass(derived, cls); }

}  // namespace glasspy::rt
