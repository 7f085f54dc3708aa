// Slot wrappers bound to an object: (1).__add__ and object().__str__ are
// method-wrappers, as in CPython (Objects/descrobject.c wrapperobject),
// not bound methods: they keep the slot wrapper and the object, and
// calling one calls the type's slot on that object.
#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/descr.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/text_signature.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/wrapper_descr.hpp"

namespace glasspy::rt {

namespace {

MethodWrapperObject* as_bound(Object* o) { return static_cast<MethodWrapperObject*>(o); }
WrapperDescrObject* descr_of(Object* o) { return static_cast<WrapperDescrObject*>(as_bound(o)->descr); }

void method_wrapper_dealloc(Object* self) {
    gc::untrack(self);
    clear(as_bound(self)->descr);
    clear(as_bound(self)->self);
    free_object(self);
}

int method_wrapper_traverse(Object* self, visitproc visit, void* arg) {
    for (Object* field : {as_bound(self)->descr, as_bound(self)->self})
        if (field)
            if (int r = visit(field, arg)) return r;
    return 0;
}

Object* method_wrapper_repr(Object* self) {
    Object* bound = as_bound(self)->self;
    return str_from_utf8(fmt::format("<method-wrapper '{}' of {} object at {}>", wrapper_name(descr_of(self)),
                                     type_name(bound), static_cast<const void*>(bound)));
}

Object* method_wrapper_call(Object* self, Object* args, Object* kwargs) {
    return call_vector_from_dict(
        args, kwargs,
        [](void* s, Object* const* v, ssize_t npos, Object* names) -> Object* {
            auto* bound = static_cast<Object*>(s);
            return wrapper_call_on(as_bound(bound)->descr, as_bound(bound)->self, v, npos, names);
        },
        self);
}

// Equal when they wrap the same slot of the same object (identity).
Object* method_wrapper_richcompare(Object* a, Object* b, int op) {
    if ((op != EQ && op != NE) || b->ob_type != &method_wrapper_type) return new_ref(NotImplemented()).release();
    bool same = as_bound(a)->descr == as_bound(b)->descr && as_bound(a)->self == as_bound(b)->self;
    return bool_from(op == EQ ? same : !same);
}

ssize_t method_wrapper_hash(Object* self) {
    ssize_t descr_hash = hash(as_bound(self)->descr);
    if (descr_hash == -1) return -1;
    ssize_t h = static_cast<ssize_t>(reinterpret_cast<std::uintptr_t>(as_bound(self)->self) >> 4) ^ descr_hash;
    return h == -1 ? -2 : h;
}

// pickle and copy: getattr(obj, name) again.
Object* method_wrapper_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("method-wrapper.__reduce__", nargs, kwnames)) return nullptr;
    Ref<> getattr = Ref<>::steal(get_attr_str(interp().builtins, "getattr"));
    Ref<> name = Ref<>::steal(str_from_utf8(wrapper_name(descr_of(self))));
    if (!getattr || !name) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({as_bound(self)->self, name.get()}));
    if (!args) return nullptr;
    return tuple_pack({getattr.get(), args.get()});
}

const BuiltinDef METHOD_WRAPPER_METHODS[] = {
    {"__reduce__", method_wrapper_reduce, nullptr},
    {nullptr, nullptr, nullptr},
};

const GetSetDef METHOD_WRAPPER_GETSET[] = {
    {"__self__", [](Object* s) -> Object* { return new_ref(as_bound(s)->self).release(); }, nullptr, nullptr},
    {"__name__", [](Object* s) { return str_from_utf8(wrapper_name(descr_of(s))); }, nullptr, nullptr},
    {"__qualname__", [](Object* s) { return descr_qualname(descr_of(s)->d_type, wrapper_name(descr_of(s))); },
     nullptr, nullptr},
    {"__objclass__", [](Object* s) -> Object* { return new_ref(descr_of(s)->d_type).release(); }, nullptr, nullptr},
    {"__doc__", [](Object* s) { return get_attr_str(as_bound(s)->descr, "__doc__"); }, nullptr, nullptr},
    {"__text_signature__", [](Object* s) { return get_attr_str(as_bound(s)->descr, "__text_signature__"); },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_method_wrapper_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "method-wrapper";
    t.tp_basicsize = sizeof(MethodWrapperObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = method_wrapper_dealloc;
    t.tp_traverse = method_wrapper_traverse;
    t.tp_repr = method_wrapper_repr;
    t.tp_call = method_wrapper_call;
    t.tp_richcompare = method_wrapper_richcompare;
    t.tp_hash = method_wrapper_hash;
    t.tp_methods = METHOD_WRAPPER_METHODS;
    t.tp_getset = METHOD_WRAPPER_GETSET;
    return t;
}

}  // namespace

TypeObject method_wrapper_type = make_method_wrapper_type();

Object* method_wrapper_new(Object* descr, Object* self) {
    Object* o = alloc_object(&method_wrapper_type);
    if (!o) return no_memory();
    as_bound(o)->descr = new_ref(descr).release();
    as_bound(o)->self = new_ref(self).release();
    gc::track(interp().gc, o);
    return o;
}

}  // namespace glasspy::rt
