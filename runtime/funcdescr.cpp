// staticmethod, classmethod and property; see funcdescr.hpp.
#include "runtime/funcdescr.hpp"

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
#include "runtime/method.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// ---- staticmethod and classmethod (one layout) -------------------------------------------------

StaticMethodObject* as_sm(Object* o) { return static_cast<StaticMethodObject*>(o); }

Object* wrapper_alloc(TypeObject* type, Object* callable) {
    Object* o = alloc_object(type);
    if (!o) return no_memory();
    incref(callable);
    as_sm(o)->sm_callable = callable;
    as_sm(o)->sm_dict = nullptr;
    gc::track(interp().gc, o);
    return o;
}

// A subclass's instance arrives already untracked (subtype_dealloc did it).
void sm_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    clear(as_sm(self)->sm_callable);
    clear(as_sm(self)->sm_dict);
    free_object(self);
}

int sm_traverse(Object* self, visitproc visit, void* arg) {
    for (Object* f : {as_sm(self)->sm_callable, as_sm(self)->sm_dict})
        if (f)
            if (int r = visit(f, arg)) return r;
    return 0;
}

int sm_clear(Object* self) {
    clear(as_sm(self)->sm_callable);
    clear(as_sm(self)->sm_dict);
    return 0;
}

// staticmethod(f) / classmethod(f): exactly one positional argument.
template <const char* Name>
Object* wrapper_new(TypeObject* type, Object* args, Object* kwargs) {
    if (kwargs && dict_size(kwargs) > 0) {
        set_error_fmt(&exc::TypeError, "{}() takes no keyword arguments", Name);
        return nullptr;
    }
    ssize_t n = tuple_size(args);
    if (n != 1) {
        set_error_fmt(&exc::TypeError, "{} expected 1 argument, got {}", Name, n);
        return nullptr;
    }
    return wrapper_alloc(type, tuple_item(args, 0));
}

// <staticmethod(<function f at 0x...>)>
template <const char* Name>
Object* wrapper_repr(Object* self) {
    Ref<> inner = Ref<>::steal(repr(as_sm(self)->sm_callable));
    if (!inner) return nullptr;
    return str_from_utf8(fmt::format("<{}({})>", Name, str_to_utf8(inner.get())));
}

constexpr char staticmethod_name[] = "staticmethod";
constexpr char classmethod_name[] = "classmethod";

Object* sm_get(Object* self, Object*, Object*) {
    incref(as_sm(self)->sm_callable);
    return as_sm(self)->sm_callable;
}

Object* sm_call(Object* self, Object* args, Object* kwargs) {
    return call_vector_from_dict(
        args, kwargs,
        [](void* s, Object* const* v, ssize_t npos, Object* names) {
            return call(as_sm(static_cast<Object*>(s))->sm_callable, v, static_cast<std::size_t>(npos), names);
        },
        self);
}

// C.f and C().f are f bound to C (3.9-3.11 also chain through the
// callable's own __get__, which binds a function the same way).
Object* cm_get(Object* self, Object* obj, Object* type) {
    if (!type) type = obj->ob_type;
    Object* callable = as_sm(self)->sm_callable;
    if (callable->ob_type->tp_descr_get && callable->ob_type != &method_type)
        return callable->ob_type->tp_descr_get(callable, type, type);
    return method_new(callable, type);
}

Object* sm_func(Object* self) {
    incref(as_sm(self)->sm_callable);
    return as_sm(self)->sm_callable;
}

// __isabstractmethod__: whether the wrapped callable is abstract (abc).
Object* sm_isabstract(Object* self) {
    Object* v = get_attr_str(as_sm(self)->sm_callable, "__isabstractmethod__");
    if (!v) {
        if (!error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
        return bool_from(false);
    }
    int truth = is_true(v);
    decref(v);
    if (truth < 0) return nullptr;
    return bool_from(truth != 0);
}

const GetSetDef SM_GETSET[] = {
    {"__func__", sm_func, nullptr, nullptr},
    {"__wrapped__", sm_func, nullptr, nullptr},
    {"__isabstractmethod__", sm_isabstract, nullptr, nullptr},
    {"__dict__",
     [](Object* self) -> Object* {
         Object*& d = as_sm(self)->sm_dict;
         if (!d && !(d = dict_new())) return nullptr;
         incref(d);
         return d;
     },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_wrapper_type(const char* name, const char* doc, bool is_class) {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = name;
    t.tp_doc = doc;
    t.tp_basicsize = sizeof(StaticMethodObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_dealloc = sm_dealloc;
    t.tp_traverse = sm_traverse;
    t.tp_clear = sm_clear;
    t.tp_getset = SM_GETSET;
    if (is_class) {
        t.tp_new = wrapper_new<classmethod_name>;
        t.tp_repr = wrapper_repr<classmethod_name>;
        t.tp_descr_get = cm_get;
    } else {
        t.tp_new = wrapper_new<staticmethod_name>;
        t.tp_repr = wrapper_repr<staticmethod_name>;
        t.tp_descr_get = sm_get;
        t.tp_call = sm_call;
    }
    return t;
}

// ---- property -------------------------------------------------------------------------------------

PropertyObject* as_prop(Object* o) { return static_cast<PropertyObject*>(o); }

template <typename F>
void each_prop_field(Object* self, F&& f) {
    PropertyObject* p = as_prop(self);
    for (Object** field : {&p->prop_get, &p->prop_set, &p->prop_del, &p->prop_doc, &p->prop_name}) f(*field);
}

// A subclass's instance (enum.property) arrives already untracked.
void prop_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    each_prop_field(self, [](Object*& f) { clear(f); });
    free_object(self);
}

int prop_traverse(Object* self, visitproc visit, void* arg) {
    int result = 0;
    each_prop_field(self, [&](Object* f) {
        if (!result && f) result = visit(f, arg);
    });
    return result;
}

int prop_clear(Object* self) {
    each_prop_field(self, [](Object*& f) { clear(f); });
    return 0;
}

Object* prop_alloc(TypeObject* type) {
    Object* o = alloc_object(type);
    if (!o) return no_memory();
    each_prop_field(o, [](Object*& f) { f = nullptr; });
    as_prop(o)->getter_doc = false;
    gc::track(interp().gc, o);
    return o;
}

void set_field(Object*& field, Object* value) {
    if (value == None()) value = nullptr;
    xincref(value);
    Object* old = field;
    field = value;
    xdecref(old);
}

// property(fget=None, fset=None, fdel=None, doc=None): without a doc, the
// getter's __doc__ becomes the property's.
int prop_init(Object* self, Object* args, Object* kwargs) {
    static constexpr const char* kw[] = {"fget", "fset", "fdel", "doc"};
    static constexpr ArgParser parser{"property", kw, 0, 4, 0};
    Object* argv[4];
    if (!unpack_keywords_dict(parser, args, kwargs, argv)) return -1;
    PropertyObject* p = as_prop(self);
    set_field(p->prop_get, argv[0]);
    set_field(p->prop_set, argv[1]);
    set_field(p->prop_del, argv[2]);
    set_field(p->prop_doc, argv[3]);
    p->getter_doc = false;
    if ((!argv[3] || argv[3] == None()) && p->prop_get) {
        Object* doc = get_attr_str(p->prop_get, "__doc__");
        if (!doc) {
            if (!error_matches(&exc::AttributeError)) return -1;
            clear_error();
        } else {
            set_field(p->prop_doc, doc);
            decref(doc);
            p->getter_doc = true;
        }
    }
    return 0;
}

Object* prop_new(TypeObject* type, Object*, Object*) { return prop_alloc(type); }

// "property 'x' of 'C' object has no getter" (the name once __set_name__
// has told it).
void missing_accessor(Object* self, Object* obj, const char* what) {
    std::string owner = fmt::format("'{}'", type_name(obj));
    if (Object* qualname = get_attr_str(obj->ob_type, "__qualname__")) {
        if (is_str(qualname)) owner = fmt::format("'{}'", str_to_utf8(qualname));
        decref(qualname);
    } else {
        clear_error();
    }
    Object* name = as_prop(self)->prop_name;
    if (name) {
        Ref<> r = Ref<>::steal(repr(name));
        if (!r) return;
        set_error_fmt(&exc::AttributeError, "property {} of {} object has no {}", str_to_utf8(r.get()), owner, what);
    } else {
        set_error_fmt(&exc::AttributeError, "property of {} object has no {}", owner, what);
    }
}

Object* prop_get(Object* self, Object* obj, Object*) {
    if (!obj || obj == None()) {
        incref(self);
        return self;
    }
    Object* fget = as_prop(self)->prop_get;
    if (!fget) {
        missing_accessor(self, obj, "getter");
        return nullptr;
    }
    return call(fget, &obj, 1);
}

int prop_set(Object* self, Object* obj, Object* value) {
    Object* f = value ? as_prop(self)->prop_set : as_prop(self)->prop_del;
    if (!f) {
        missing_accessor(self, obj, value ? "setter" : "deleter");
        return -1;
    }
    Object* args[] = {obj, value};
    Ref<> r = Ref<>::steal(call(f, args, value ? 2 : 1));
    return r ? 0 : -1;
}

// p.getter(f), p.setter(f), p.deleter(f): a copy of p with one accessor
// replaced (CPython: property_copy), of p's own type.
Object* prop_copy(Object* self, Object* get, Object* set, Object* del) {
    PropertyObject* p = as_prop(self);
    Object* doc = p->getter_doc && get != None() ? None() : (p->prop_doc ? p->prop_doc : None());
    Object* args[] = {get ? get : (p->prop_get ? p->prop_get : None()),
                      set ? set : (p->prop_set ? p->prop_set : None()),
                      del ? del : (p->prop_del ? p->prop_del : None()), doc};
    Object* copy = call(self->ob_type, args, 4);
    if (copy && is_instance_of(copy, &property_type)) set_field(as_prop(copy)->prop_name, p->prop_name);
    return copy;
}

Object* prop_getter(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("property.getter", nargs, kwnames)) return nullptr;
    return prop_copy(self, args[0], nullptr, nullptr);
}
Object* prop_setter(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("property.setter", nargs, kwnames)) return nullptr;
    return prop_copy(self, nullptr, args[0], nullptr);
}
Object* prop_deleter(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("property.deleter", nargs, kwnames)) return nullptr;
    return prop_copy(self, nullptr, nullptr, args[0]);
}
Object* prop_set_name(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("__set_name__", kwnames) || !check_positional("__set_name__", nargs, 2, 2)) return nullptr;
    set_field(as_prop(self)->prop_name, args[1]);
    incref(None());
    return None();
}

const BuiltinDef PROPERTY_METHODS[] = {
    {"getter", prop_getter, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", prop_setter, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", prop_deleter, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", prop_set_name, "Method to set name of a property."},
    {nullptr, nullptr, nullptr},
};

Object* field_or_none(Object* f) {
    if (!f) f = None();
    incref(f);
    return f;
}

const GetSetDef PROPERTY_GETSET[] = {
    {"fget", [](Object* s) { return field_or_none(as_prop(s)->prop_get); }, nullptr, nullptr},
    {"fset", [](Object* s) { return field_or_none(as_prop(s)->prop_set); }, nullptr, nullptr},
    {"fdel", [](Object* s) { return field_or_none(as_prop(s)->prop_del); }, nullptr, nullptr},
    {"__doc__", [](Object* s) { return field_or_none(as_prop(s)->prop_doc); },
     [](Object* s, Object* v) {
         set_field(as_prop(s)->prop_doc, v);
         return 0;
     },
     nullptr},
    {"__isabstractmethod__",
     [](Object* s) -> Object* {
         for (Object* f : {as_prop(s)->prop_get, as_prop(s)->prop_set, as_prop(s)->prop_del}) {
             if (!f) continue;
             Object* v = get_attr_str(f, "__isabstractmethod__");
             if (!v) {
                 clear_error();
                 continue;
             }
             int truth = is_true(v);
             decref(v);
             if (truth) return bool_from(true);
         }
         return bool_from(false);
     },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_property_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "property";
    t.tp_doc = "Property attribute.";
    t.tp_basicsize = sizeof(PropertyObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_dealloc = prop_dealloc;
    t.tp_traverse = prop_traverse;
    t.tp_clear = prop_clear;
    t.tp_new = prop_new;
    t.tp_init = prop_init;
    t.tp_descr_get = prop_get;
    t.tp_descr_set = prop_set;
    t.tp_methods = PROPERTY_METHODS;
    t.tp_getset = PROPERTY_GETSET;
    return t;
}

}  // namespace

TypeObject staticmethod_type = make_wrapper_type("staticmethod", "Convert a function to be a static method.", false);
TypeObject classmethod_type = make_wrapper_type("classmethod", "Convert a function to be a class method.", true);
TypeObject property_type = make_property_type();

Object* staticmethod_new(Object* callable) { return wrapper_alloc(&staticmethod_type, callable); }
Object* classmethod_new(Object* callable) { return wrapper_alloc(&classmethod_type, callable); }

}  // namespace glasspy::rt
