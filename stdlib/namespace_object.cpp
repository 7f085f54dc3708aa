// types.SimpleNamespace in C++ (CPython: Objects/namespaceobject.c), so
// that sys.implementation, made before any Python code runs, can be one:
// an object whose attributes are its __dict__, printed as
// namespace(a=1, b=2), equal to another with the same attributes.
#include "stdlib/namespace_object.hpp"

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

struct NamespaceObject : Object {
    Object* ns_dict;  // its attributes (owned)
};

NamespaceObject* as_ns(Object* o) { return static_cast<NamespaceObject*>(o); }

Object* namespace_new(TypeObject* type, Object*, Object*) {
    Object* self = alloc_object(type);
    if (!self) return no_memory();
    as_ns(self)->ns_dict = dict_new();
    if (!as_ns(self)->ns_dict) {
        free_object(self);
        return nullptr;
    }
    gc::track(interp().gc, self);
    return self;
}

int namespace_init(Object* self, Object* args, Object* kwargs) {
    if (tuple_size(args) != 0) {
        set_error(&exc::TypeError, "no positional arguments expected");
        return -1;
    }
    if (!kwargs) return 0;
    return dict_update(as_ns(self)->ns_dict, kwargs);
}

void namespace_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    clear(as_ns(self)->ns_dict);
    free_object(self);
}

int namespace_traverse(Object* self, visitproc visit, void* arg) {
    Object* d = as_ns(self)->ns_dict;
    return d ? visit(d, arg) : 0;
}

int namespace_clear(Object* self) {
    clear(as_ns(self)->ns_dict);
    return 0;
}

// namespace(a=1, b=2); a subclass by its own name; namespace(...) inside itself.
Object* namespace_repr(Object* self) {
    std::string name = self->ob_type == &namespace_type ? "namespace" : std::string(type_name(self));
    int running = repr_enter(self);
    if (running < 0) return nullptr;
    if (running) return str_from_utf8(name + "(...)");
    std::string out = name + "(";
    Object *key, *value;
    bool first = true, ok = true;
    for (ssize_t pos = 0; ok && dict_next(as_ns(self)->ns_dict, &pos, &key, &value);) {
        if (!is_str(key)) continue;
        Ref<> shown = Ref<>::steal(repr(value));
        if (!shown) {
            ok = false;
            break;
        }
        out += fmt::format("{}{}={}", first ? "" : ", ", str_to_utf8(key), str_to_utf8(shown.get()));
        first = false;
    }
    repr_leave(self);
    if (!ok) return nullptr;
    return str_from_utf8(out + ")");
}

Object* namespace_richcompare(Object* self, Object* other, int op) {
    bool both = is_instance_of(self, &namespace_type) && is_instance_of(other, &namespace_type);
    if (!both || (op != EQ && op != NE)) return new_ref(NotImplemented()).release();
    return rich_compare(as_ns(self)->ns_dict, as_ns(other)->ns_dict, op);
}

// Pickled as (type, (), attributes).
Object* namespace_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    Ref<> empty = Ref<>::steal(tuple_new(0));
    if (!empty) return nullptr;
    return tuple_pack({self->ob_type, empty.get(), as_ns(self)->ns_dict});
}

const GetSetDef NAMESPACE_GETSET[] = {
    {"__dict__", [](Object* s) { return new_ref(as_ns(s)->ns_dict).release(); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const BuiltinDef NAMESPACE_METHODS[] = {
    {"__reduce__", namespace_reduce, "Return state information for pickling"},
    {nullptr, nullptr, nullptr},
};

TypeObject make_namespace_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "types.SimpleNamespace";
    t.tp_basicsize = sizeof(NamespaceObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
    t.tp_new = namespace_new;
    t.tp_init = namespace_init;
    t.tp_dealloc = namespace_dealloc;
    t.tp_traverse = namespace_traverse;
    t.tp_clear = namespace_clear;
    t.tp_repr = namespace_repr;
    t.tp_richcompare = namespace_richcompare;
    t.tp_getattro = generic_getattr;
    t.tp_setattro = generic_setattr;
    t.tp_methods = NAMESPACE_METHODS;
    t.tp_getset = NAMESPACE_GETSET;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    t.tp_dictoffset = offsetof(NamespaceObject, ns_dict);
#pragma GCC diagnostic pop
    return t;
}

}  // namespace

TypeObject namespace_type = make_namespace_type();

Object* namespace_from(std::initializer_list<std::pair<const char*, Object*>> attributes) {
    if (!namespace_type.tp_dict && type_ready(&namespace_type) < 0) return nullptr;
    Ref<> ns = Ref<>::steal(namespace_new(&namespace_type, nullptr, nullptr));
    if (!ns) return nullptr;
    for (const auto& [name, value] : attributes)
        if (!value || dict_setitem_str(as_ns(ns.get())->ns_dict, name, value) < 0) return nullptr;
    return ns.release();
}

}  // namespace glasspy::stdlib
