// Method descriptors (see descr.hpp).
#include "runtime/descr.hpp"

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/text_signature.hpp"
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
    if (!obj) {
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

const GetSetDef DESCR_GETSET[] = {
    {"__name__", [](Object* s) { return str_from_utf8(as_descr(s)->d_method->name); }, nullptr, nullptr},
    {"__qualname__", [](Object* s) { return descr_qualname(as_descr(s)->d_type, as_descr(s)->d_method->name); },
     nullptr, nullptr},
    {"__doc__", [](Object* s) { return doc_after_signature(as_descr(s)->d_method->name, as_descr(s)->d_method->doc); },
     nullptr, nullptr},
    {"__text_signature__",
     [](Object* s) { return text_signature_of(as_descr(s)->d_method->name, as_descr(s)->d_method->doc); }, nullptr,
     nullptr},
    {"__objclass__",
     [](Object* s) -> Object* {
         incref(as_descr(s)->d_type);
         return as_descr(s)->d_type;
     },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_descr_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "method_descriptor";
    t.tp_getset = DESCR_GETSET;
    t.tp_basicsize = sizeof(MethodDescrObject);
    t.tp_dealloc = [](Object* o) { free_object(o); };
    t.tp_repr = descr_repr;
    t.tp_descr_get = descr_get;
    t.tp_call = descr_call;
    return t;
}

// Class.method / instance.method: bound to the class (the instance's type).
Object* classmethod_descr_get(Object* self, Object* obj, Object* type) {
    auto* d = as_descr(self);
    if (!type) type = obj->ob_type;
    if (!is_type(type)) {
        set_error_fmt(&exc::TypeError, "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                      d->d_method->name, d->d_type->tp_name, type_name(type));
        return nullptr;
    }
    if (!is_subtype(static_cast<TypeObject*>(type), d->d_type)) {
        set_error_fmt(&exc::TypeError, "descriptor '{}' requires a subtype of '{}' but received '{}'",
                      d->d_method->name, d->d_type->tp_name, static_cast<TypeObject*>(type)->tp_name);
        return nullptr;
    }
    return builtin_function_new(d->d_method, type);
}

// dict.__dict__['fromkeys'](dict, ...): the class comes first.
Object* classmethod_descr_call(Object* self, Object* args, Object* kwargs) {
    auto* d = as_descr(self);
    if (tuple_size(args) < 1) {
        set_error_fmt(&exc::TypeError, "descriptor '{}' of '{}' object needs an argument", d->d_method->name,
                      d->d_type->tp_name);
        return nullptr;
    }
    Ref<> bound = Ref<>::steal(classmethod_descr_get(self, nullptr, tuple_item(args, 0)));
    if (!bound) return nullptr;
    Ref<> rest = Ref<>::steal(tuple_from_array(tuple_items(args) + 1, tuple_size(args) - 1));
    if (!rest) return nullptr;
    return bound->ob_type->tp_call(bound.get(), rest.get(), kwargs);
}

TypeObject make_classmethod_descr_type() {
    TypeObject t = make_descr_type();
    t.tp_name = "classmethod_descriptor";
    t.tp_descr_get = classmethod_descr_get;
    t.tp_call = classmethod_descr_call;
    return t;
}

}  // namespace

TypeObject method_descr_type = make_descr_type();
TypeObject classmethod_descr_type = make_classmethod_descr_type();

Object* classmethod_descr_new(TypeObject* type, const BuiltinDef* def) {
    Object* o = alloc_object(&classmethod_descr_type);
    if (!o) return no_memory();
    as_descr(o)->d_type = type;
    as_descr(o)->d_method = def;
    return o;
}

Object* descr_qualname(TypeObject* type, const char* name) {
    Ref<> type_qualname = Ref<>::steal(get_attr_str(type, "__qualname__"));
    if (!type_qualname) return nullptr;
    if (!is_str(type_qualname.get())) {
        set_error(&exc::TypeError, "<descriptor>.__objclass__.__qualname__ is not a unicode object");
        return nullptr;
    }
    return str_from_utf8(fmt::format("{}.{}", str_to_utf8(type_qualname.get()), name));
}

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

// __name__, __qualname__, __doc__ and __objclass__ of a getset or member
// descriptor (CPython: descr_members and descr_get_qualname in descrobject.c),
// read from its def; what help() shows for a class's __dict__ and __weakref__.
template <class Descr, auto Def>
const GetSetDef* descr_attrs_getset() {
    static const GetSetDef attrs[] = {
        {"__name__", [](Object* s) { return str_from_utf8((static_cast<Descr*>(s)->*Def)->name); }, nullptr,
         nullptr},
        {"__qualname__",
         [](Object* s) {
             auto* d = static_cast<Descr*>(s);
             return descr_qualname(d->d_type, (d->*Def)->name);
         },
         nullptr, nullptr},
        {"__doc__",
         [](Object* s) -> Object* {
             if (const char* doc = (static_cast<Descr*>(s)->*Def)->doc) return str_from_utf8(doc);
             incref(None());
             return None();
         },
         nullptr, nullptr},
        {"__objclass__",
         [](Object* s) -> Object* {
             Object* type = static_cast<Descr*>(s)->d_type;
             incref(type);
             return type;
         },
         nullptr, nullptr},
        {nullptr, nullptr, nullptr, nullptr},
    };
    return attrs;
}

// ---- getset descriptors ------------------------------------------------------------------

namespace {

GetSetDescrObject* as_getset(Object* o) { return static_cast<GetSetDescrObject*>(o); }

Object* getset_repr(Object* self) {
    auto* d = as_getset(self);
    return str_from_utf8(fmt::format("<attribute '{}' of '{}' objects>", d->d_getset->name, d->d_type->tp_name));
}

bool getset_check(GetSetDescrObject* d, Object* obj) {
    if (is_instance_of(obj, d->d_type)) return true;
    set_error_fmt(&exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                  d->d_getset->name, d->d_type->tp_name, type_name(obj));
    return false;
}

Object* getset_get(Object* self, Object* obj, Object* /*type*/) {
    auto* d = as_getset(self);
    if (!obj) {
        incref(self);
        return self;
    }
    if (!getset_check(d, obj)) return nullptr;
    return d->d_getset->get(obj);
}

int getset_set(Object* self, Object* obj, Object* value) {
    auto* d = as_getset(self);
    if (!getset_check(d, obj)) return -1;
    if (!d->d_getset->set) {
        set_error_fmt(&exc::AttributeError, "attribute '{}' of '{}' objects is not writable", d->d_getset->name,
                      d->d_type->tp_name);
        return -1;
    }
    return d->d_getset->set(obj, value);
}

TypeObject make_getset_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "getset_descriptor";
    t.tp_basicsize = sizeof(GetSetDescrObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = [](Object* o) {
        if (gc::is_tracked(o)) gc::untrack(o);
        clear(as_getset(o)->d_type);
        free_object(o);
    };
    t.tp_traverse = [](Object* o, visitproc visit, void* arg) {
        return visit(as_getset(o)->d_type, arg);
    };
    t.tp_repr = getset_repr;
    t.tp_getset = descr_attrs_getset<GetSetDescrObject, &GetSetDescrObject::d_getset>();
    t.tp_descr_get = getset_get;
    t.tp_descr_set = getset_set;
    return t;
}

}  // namespace

TypeObject getset_descr_type = make_getset_type();

Object* getset_descr_new(TypeObject* type, const GetSetDef* def) {
    Object* o = alloc_object(&getset_descr_type);
    if (!o) return no_memory();
    incref(type);
    as_getset(o)->d_type = type;
    as_getset(o)->d_getset = def;
    gc::track(interp().gc, o);
    return o;
}

// ---- member descriptors -------------------------------------------------------------------

namespace {

MemberDescrObject* as_member(Object* o) { return static_cast<MemberDescrObject*>(o); }

bool member_check(MemberDescrObject* d, Object* obj) {
    if (is_instance_of(obj, d->d_type)) return true;
    set_error_fmt(&exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                  d->d_member->name, d->d_type->tp_name, type_name(obj));
    return false;
}

Object* member_get(Object* self, Object* obj, Object* /*type*/) {
    auto* d = as_member(self);
    if (!obj) {
        incref(self);
        return self;
    }
    if (!member_check(d, obj)) return nullptr;
    void* field = d->d_member->field ? d->d_member->field(obj)
                                        : reinterpret_cast<char*>(obj) + d->d_member->offset;
    switch (d->d_member->kind) {
        case MemberKind::Double:
            return float_from_double(*static_cast<double*>(field));
        case MemberKind::Object:
        case MemberKind::ObjectOrError: {
            Object* v = *static_cast<Object**>(field);
            if (!v) {
                if (d->d_member->kind == MemberKind::ObjectOrError) {
                    set_error_fmt(&exc::AttributeError, "'{}' object has no attribute '{}'", d->d_type->tp_name,
                                  d->d_member->name);
                    return nullptr;
                }
                v = None();
            }
            incref(v);
            return v;
        }
    }
    return nullptr;
}

int member_set(Object* self, Object* obj, Object* value) {
    auto* d = as_member(self);
    if (!member_check(d, obj)) return -1;
    if (d->d_member->readonly) {
        set_error(&exc::AttributeError, "readonly attribute");
        return -1;
    }
    void* field = d->d_member->field ? d->d_member->field(obj)
                                        : reinterpret_cast<char*>(obj) + d->d_member->offset;
    switch (d->d_member->kind) {
        case MemberKind::Double: {
            if (!value) {
                set_error(&exc::TypeError, "can't delete numeric/char attribute");
                return -1;
            }
            if (!is_float(value)) {
                set_error(&exc::TypeError, "attribute value type must be float");
                return -1;
            }
            *static_cast<double*>(field) = float_value(value);
            return 0;
        }
        case MemberKind::Object:
        case MemberKind::ObjectOrError: {
            Object*& slot = *static_cast<Object**>(field);
            if (!value && d->d_member->kind == MemberKind::ObjectOrError && !slot) {
                set_error(&exc::AttributeError, d->d_member->name);
                return -1;
            }
            xincref(value);
            Object* old = slot;
            slot = value;
            xdecref(old);
            return 0;
        }
    }
    return -1;
}

TypeObject make_member_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "member_descriptor";
    t.tp_getset = descr_attrs_getset<MemberDescrObject, &MemberDescrObject::d_member>();
    t.tp_basicsize = sizeof(MemberDescrObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = [](Object* o) {
        if (gc::is_tracked(o)) gc::untrack(o);
        clear(as_member(o)->d_type);
        free_object(o);
    };
    t.tp_traverse = [](Object* o, visitproc visit, void* arg) {
        return visit(as_member(o)->d_type, arg);
    };
    t.tp_repr = [](Object* self) {
        auto* d = as_member(self);
        return str_from_utf8(
            fmt::format("<member '{}' of '{}' objects>", d->d_member->name, d->d_type->tp_name));
    };
    t.tp_descr_get = member_get;
    t.tp_descr_set = member_set;
    return t;
}

}  // namespace

TypeObject member_descr_type = make_member_type();

Object* member_descr_new(TypeObject* type, const MemberDef* def) {
    Object* o = alloc_object(&member_descr_type);
    if (!o) return no_memory();
    incref(type);
    as_member(o)->d_type = type;
    as_member(o)->d_member = def;
    gc::track(interp().gc, o);
    return o;
}

}  // namespace glasspy::rt
