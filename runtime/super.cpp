// super; see super.hpp.
#include "runtime/super.hpp"

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

SuperObject* as_super(Object* o) { return static_cast<SuperObject*>(o); }

void super_dealloc(Object* self) {
    gc::untrack(self);
    SuperObject* s = as_super(self);
    xdecref(s->type);
    xdecref(s->obj);
    xdecref(s->obj_type);
    free_object(self);
}

int super_traverse(Object* self, visitproc visit, void* arg) {
    SuperObject* s = as_super(self);
    for (Object* f : {static_cast<Object*>(s->type), s->obj, static_cast<Object*>(s->obj_type)})
        if (f)
            if (int r = visit(f, arg)) return r;
    return 0;
}

Object* super_new(TypeObject* type, Object*, Object*) {
    Object* o = alloc_object(type);
    if (!o) return no_memory();
    SuperObject* s = as_super(o);
    s->type = nullptr;
    s->obj = nullptr;
    s->obj_type = nullptr;
    gc::track(interp().gc, o);
    return o;
}

// The class super() binds through: obj's type, or obj itself when it is a
// subclass of type (super in a classmethod) (CPython: supercheck).
TypeObject* supercheck(TypeObject* type, Object* obj) {
    if (is_type(obj) && is_subtype(static_cast<TypeObject*>(obj), type)) return static_cast<TypeObject*>(obj);
    if (is_subtype(obj->ob_type, type)) return obj->ob_type;
    set_error(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

int super_init(Object* self, Object* args, Object* kwargs) {
    if (kwargs && dict_size(kwargs) > 0) {
        set_error(&exc::TypeError, "super() takes no keyword arguments");
        return -1;
    }
    ssize_t n = tuple_size(args);
    if (n > 2) {
        set_error_fmt(&exc::TypeError, "super() takes at most 2 arguments ({} given)", n);
        return -1;
    }
    Object* type_arg = nullptr;
    Object* obj = nullptr;
    Ref<> type_owned, obj_owned;
    if (n == 0) {
        if (!eval_hooks().super_arguments(&type_arg, &obj)) return -1;
        type_owned = Ref<>::steal(type_arg);
        obj_owned = Ref<>::steal(obj);
    } else {
        type_arg = tuple_item(args, 0);
        obj = n > 1 ? tuple_item(args, 1) : nullptr;
        if (obj == None()) obj = nullptr;
    }
    if (!is_type(type_arg)) {
        set_error_fmt(&exc::TypeError, "super() argument 1 must be a type, not {}", type_name(type_arg));
        return -1;
    }
    TypeObject* obj_type = nullptr;
    if (obj) {
        obj_type = supercheck(static_cast<TypeObject*>(type_arg), obj);
        if (!obj_type) return -1;
    }
    SuperObject* s = as_super(self);
    incref(type_arg);
    xincref(obj);
    xincref(obj_type);
    xdecref(s->type);
    xdecref(s->obj);
    xdecref(s->obj_type);
    s->type = static_cast<TypeObject*>(type_arg);
    s->obj = obj;
    s->obj_type = obj_type;
    return 0;
}

// super().name: the MRO of obj's type after `type`; a descriptor found
// there is bound to obj (or to the class, for a class obj).
Object* super_getattro(Object* self, Object* name) {
    SuperObject* s = as_super(self);
    TypeObject* start = s->obj_type;
    bool skip = !start || str_equals_ascii(name, "__class__");
    if (!skip) {
        Object* mro = start->tp_mro;
        ssize_t n = tuple_size(mro);
        ssize_t i = 0;
        while (i + 1 < n && tuple_item(mro, i) != s->type) ++i;
        for (++i; i < n; ++i) {
            auto* t = static_cast<TypeObject*>(tuple_item(mro, i));
            Object* found = t->tp_dict ? dict_getitem(t->tp_dict, name) : nullptr;
            if (!found) continue;
            if (descrgetfunc get = found->ob_type->tp_descr_get)
                return get(found, s->obj == start ? nullptr : s->obj, start);
            incref(found);
            return found;
        }
    }
    return generic_getattr(self, name);
}

// super(C, obj).__get__(obj): binding an unbound super.
Object* super_descr_get(Object* self, Object* obj, Object*) {
    SuperObject* s = as_super(self);
    if (!obj || s->obj) {
        incref(self);
        return self;
    }
    Object* args[] = {s->type, obj};
    return call(self->ob_type, args, 2);
}

Object* super_repr(Object* self) {
    SuperObject* s = as_super(self);
    Ref<> type_repr = Ref<>::steal(s->type ? repr(s->type) : str_from_utf8("NULL"));
    if (!type_repr) return nullptr;
    if (!s->obj_type) return str_from_utf8(fmt::format("<super: {}, NULL>", str_to_utf8(type_repr.get())));
    return str_from_utf8(fmt::format("<super: {}, <{} object>>", str_to_utf8(type_repr.get()), s->obj_type->tp_name));
}

Object* or_none(Object* o) {
    if (!o) o = None();
    incref(o);
    return o;
}

const GetSetDef SUPER_GETSET[] = {
    {"__thisclass__", [](Object* s) { return or_none(as_super(s)->type); }, nullptr, "the class invoking super()"},
    {"__self__", [](Object* s) { return or_none(as_super(s)->obj); }, nullptr, "the instance invoking super(); may be None"},
    {"__self_class__", [](Object* s) { return or_none(as_super(s)->obj_type); }, nullptr,
     "the type of the instance invoking super(); may be None"},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_super_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "super";
    t.tp_doc = "super() -> same as super(__class__, <first argument>)";
    t.tp_basicsize = sizeof(SuperObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_dealloc = super_dealloc;
    t.tp_traverse = super_traverse;
    t.tp_new = super_new;
    t.tp_init = super_init;
    t.tp_getattro = super_getattro;
    t.tp_descr_get = super_descr_get;
    t.tp_repr = super_repr;
    t.tp_getset = SUPER_GETSET;
    return t;
}

}  // namespace

TypeObject super_type = make_super_type();

}  // namespace glasspy::rt
