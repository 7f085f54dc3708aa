// `object`, `type`, type_ready and the runtime's start-up (CPython:
// Objects/typeobject.c, Python/pylifecycle.c).
//
// Invariant: a type is used only after type_ready: its ob_type is `type`,
// its slots left empty are inherited from its base, and tp_mro holds the
// type followed by its base's MRO (built-in types have single bases; the C3
// linearisation for classes comes with the class statement).
#include "runtime/typeobject.hpp"

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/bytes.hpp"
#include "runtime/complex.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/list.hpp"
#include "runtime/mappingproxy.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

// ---- object ------------------------------------------------------------------------------

void object_dealloc(Object* self) { free_object(self); }

Object* object_repr(Object* self) {
    TypeObject* type = self->ob_type;
    std::string_view name = type->tp_name;
    // Built-in types outside builtins carry their module in tp_name
    // ("collections.deque"); classes made by `class` show __module__ too (#4).
    return str_from_utf8(fmt::format("<{} object at {}>", name, static_cast<const void*>(self)));
}

ssize_t object_hash(Object* self) {
    // CPython's _Py_HashPointer: the address rotated by 4 bits, since the low
    // bits of an aligned address are always zero.
    auto y = reinterpret_cast<std::size_t>(self);
    y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
    auto h = static_cast<ssize_t>(y);
    return h == -1 ? -2 : h;
}

Object* object_richcompare(Object* self, Object* other, int op) {
    switch (op) {
        case EQ:
            // Identity is equality unless a type says otherwise.
            return self == other ? bool_from(true) : (incref(NotImplemented()), NotImplemented());
        case NE: {
            // By default != is the inverse of ==.
            if (!self->ob_type->tp_richcompare) break;
            Object* eq = self->ob_type->tp_richcompare(self, other, EQ);
            if (!eq || eq == NotImplemented()) return eq;
            int truth = is_true(eq);
            decref(eq);
            if (truth < 0) return nullptr;
            return bool_from(!truth);
        }
        default:
            break;
    }
    incref(NotImplemented());
    return NotImplemented();
}

namespace {

Object* object_str(Object* self) { return repr(self); }

// type(obj)(*args, **kwargs): __new__, then __init__ if __new__ returned an
// instance of the type (CPython: type_call).
Object* type_call(Object* callable, Object* args, Object* kwargs) {
    auto* type = static_cast<TypeObject*>(callable);
    if (!type->tp_new) {
        set_error_fmt(&exc::TypeError, "cannot create '{}' instances", type->tp_name);
        return nullptr;
    }
    Object* obj = type->tp_new(type, args, kwargs);
    if (!obj || !is_instance_of(obj, type)) return obj;
    TypeObject* made = obj->ob_type;
    if (made->tp_init && made->tp_init(obj, args, kwargs) < 0) {
        decref(obj);
        return nullptr;
    }
    return obj;
}

// Attribute lookup on a class (CPython: type_getattro): a data descriptor
// of the metatype wins; then the class's own MRO, where a descriptor is
// asked for its class-level value (a method descriptor gives itself); then
// the metatype's other attributes.
Object* type_getattro(Object* self, Object* name) {
    auto* type = static_cast<TypeObject*>(self);
    TypeObject* meta = self->ob_type;
    Object* meta_attr = type_lookup(meta, name);
    descrgetfunc meta_get = meta_attr ? meta_attr->ob_type->tp_descr_get : nullptr;
    if (meta_get && meta_attr->ob_type->tp_descr_set) return meta_get(meta_attr, self, meta);
    if (Object* attr = type_lookup(type, name)) {
        if (descrgetfunc get = attr->ob_type->tp_descr_get) return get(attr, nullptr, self);
        incref(attr);
        return attr;
    }
    if (meta_get) return meta_get(meta_attr, self, meta);
    if (meta_attr) {
        incref(meta_attr);
        return meta_attr;
    }
    set_error_fmt(&exc::AttributeError, "type object '{}' has no attribute '{}'", type->tp_name, str_to_utf8(name));
    return nullptr;
}

// A built-in type's tp_name is "module.Name" outside builtins, "Name" inside.
std::string_view type_short_name(const TypeObject* type) {
    std::string_view full = type->tp_name;
    size_t dot = full.rfind('.');
    return dot == std::string_view::npos ? full : full.substr(dot + 1);
}

Object* new_ref_or_none(Object* o) {
    if (!o) o = None();
    incref(o);
    return o;
}

const GetSetDef TYPE_GETSET[] = {
    {"__name__", [](Object* t) { return str_from_utf8(type_short_name(static_cast<TypeObject*>(t))); }, nullptr,
     nullptr},
    {"__qualname__", [](Object* t) { return str_from_utf8(type_short_name(static_cast<TypeObject*>(t))); },
     nullptr, nullptr},
    {"__module__",
     [](Object* t) {
         std::string_view full = static_cast<TypeObject*>(t)->tp_name;
         size_t dot = full.rfind('.');
         return str_from_utf8(dot == std::string_view::npos ? std::string_view("builtins") : full.substr(0, dot));
     },
     nullptr, nullptr},
    {"__doc__",
     [](Object* t) {
         const char* doc = static_cast<TypeObject*>(t)->tp_doc;
         return doc ? str_from_utf8(doc) : new_ref_or_none(nullptr);
     },
     nullptr, nullptr},
    {"__mro__", [](Object* t) { return new_ref_or_none(static_cast<TypeObject*>(t)->tp_mro); }, nullptr, nullptr},
    {"__bases__", [](Object* t) { return new_ref_or_none(static_cast<TypeObject*>(t)->tp_bases); }, nullptr,
     nullptr},
    {"__base__", [](Object* t) { return new_ref_or_none(static_cast<TypeObject*>(t)->tp_base); }, nullptr,
     nullptr},
    {"__dict__", [](Object* t) { return mappingproxy_new(static_cast<TypeObject*>(t)->tp_dict); }, nullptr,
     nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// Setting an attribute of a class (CPython: type_setattro): built-in types
// are immutable; classes come with #4.
int type_setattro(Object* self, Object* name, Object* value) {
    auto* type = static_cast<TypeObject*>(self);
    if (!has_flag(type, TPFLAGS_HEAPTYPE)) {
        set_error_fmt(&exc::TypeError, "cannot set '{}' attribute of immutable type '{}'", str_to_utf8(name),
                      type->tp_name);
        return -1;
    }
    return generic_setattr(self, name, value);
}

Object* type_repr(Object* self) {
    auto* type = static_cast<TypeObject*>(self);
    return str_from_utf8(fmt::format("<class '{}'>", type->tp_name));
}

// The slots a type inherits from its base when it leaves them empty
// (CPython: inherit_slots).  tp_new is not inherited by static types here
// that forbid instantiation from Python; they set it to null on purpose
// after type_ready.
void inherit_slots(TypeObject* type, const TypeObject* base) {
#define GP_SLOT(name, signature, dunder, reflected, doc) \
    if (!type->name) type->name = base->name;
#include "runtime/slots.def"
#undef GP_SLOT
    if (!type->tp_basicsize) type->tp_basicsize = base->tp_basicsize;
    if (!type->tp_itemsize) type->tp_itemsize = base->tp_itemsize;
    if (!type->tp_dictoffset) type->tp_dictoffset = base->tp_dictoffset;
    if (!type->tp_weaklistoffset) type->tp_weaklistoffset = base->tp_weaklistoffset;
    constexpr unsigned long subclass_flags =
        TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_BYTES_SUBCLASS |
        TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_DICT_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_TYPE_SUBCLASS;
    type->tp_flags |= base->tp_flags & (subclass_flags | TPFLAGS_HAVE_GC);
}

}  // namespace

TypeObject object_type;
TypeObject type_type;

int type_ready(TypeObject* type) {
    if (has_flag(type, TPFLAGS_READY)) return 0;
    if (!type->ob_type) type->ob_type = &type_type;
    if (!type->ob_refcnt) type->ob_refcnt = 1;
    if (!type->tp_base && type != &object_type) type->tp_base = &object_type;
    TypeObject* base = type->tp_base;
    if (base) {
        if (type_ready(base) < 0) return -1;
        inherit_slots(type, base);
    }
    // The MRO: the type, then its base's MRO.
    ssize_t base_len = base && base->tp_mro ? tuple_size(base->tp_mro) : 0;
    Object* mro = tuple_new(1 + base_len);
    if (!mro) return -1;
    incref(type);
    tuple_items(mro)[0] = type;
    for (ssize_t i = 0; i < base_len; ++i) {
        Object* item = tuple_item(base->tp_mro, i);
        incref(item);
        tuple_items(mro)[1 + i] = item;
    }
    type->tp_mro = mro;
    type->tp_bases = base ? tuple_pack({base}) : tuple_new(0);
    if (!type->tp_dict) type->tp_dict = dict_new();
    if (!type->tp_bases || !type->tp_dict) return -1;
    for (const GetSetDef* def = type->tp_getset; def && def->name; ++def) {
        Object* descr = getset_descr_new(type, def);
        if (!descr) return -1;
        int r = dict_setitem_str(type->tp_dict, def->name, descr);
        decref(descr);
        if (r < 0) return -1;
    }
    for (const MemberDef* def = type->tp_members; def && def->name; ++def) {
        Object* descr = member_descr_new(type, def);
        if (!descr) return -1;
        int r = dict_setitem_str(type->tp_dict, def->name, descr);
        decref(descr);
        if (r < 0) return -1;
    }
    // The methods the type defines in C++ become descriptors in its namespace.
    for (const BuiltinDef* def = type->tp_methods; def && def->name; ++def) {
        Object* descr = method_descr_new(type, def);
        if (!descr) return -1;
        int r = dict_setitem_str(type->tp_dict, def->name, descr);
        decref(descr);
        if (r < 0) return -1;
    }
    type->tp_flags |= TPFLAGS_READY;
    return 0;
}

bool is_subtype(const TypeObject* a, const TypeObject* b) {
    if (a == b) return true;
    if (a->tp_mro) {
        for (ssize_t i = 0, n = tuple_size(a->tp_mro); i < n; ++i)
            if (tuple_item(a->tp_mro, i) == b) return true;
        return false;
    }
    for (const TypeObject* t = a->tp_base; t; t = t->tp_base)
        if (t == b) return true;
    return b == &object_type;
}

Borrowed<> type_lookup(TypeObject* type, Object* name) {
    if (!type->tp_mro) return nullptr;
    for (ssize_t i = 0, n = tuple_size(type->tp_mro); i < n; ++i) {
        auto* t = static_cast<TypeObject*>(tuple_item(type->tp_mro, i));
        if (!t->tp_dict) continue;
        if (Object* found = dict_getitem(t->tp_dict, name)) return found;
    }
    return nullptr;
}

namespace {

void init_core_types() {
    object_type.ob_refcnt = 1;
    object_type.tp_name = "object";
    object_type.tp_basicsize = sizeof(Object);
    object_type.tp_flags = TPFLAGS_BASETYPE;
    object_type.tp_doc = "The base class of the class hierarchy.";
    object_type.tp_dealloc = object_dealloc;
    object_type.tp_repr = object_repr;
    object_type.tp_str = object_str;
    object_type.tp_hash = object_hash;
    object_type.tp_richcompare = object_richcompare;
    object_type.tp_getattro = generic_getattr;
    object_type.tp_setattro = generic_setattr;

    type_type.ob_refcnt = 1;
    type_type.tp_name = "type";
    type_type.tp_basicsize = sizeof(TypeObject);
    type_type.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS;
    type_type.tp_repr = type_repr;
    type_type.tp_call = type_call;
    type_type.tp_getattro = type_getattro;
    type_type.tp_setattro = type_setattro;
    type_type.tp_getset = TYPE_GETSET;
}

}  // namespace

void runtime_init() {
    static bool done = false;
    if (done) return;
    done = true;
    InterpreterState& in = interp();
    // The main thread's state.
    static ThreadState main_thread;
    main_thread.interp = &in;
    in.threads = &main_thread;
    ThreadState::current() = &main_thread;

    init_core_types();
    // The tuple type first: every other type's MRO is a tuple.
    for (TypeObject* t :
         {&tuple_type, &object_type, &type_type, &str_type, &dict_type, &int_type, &bool_type, &float_type,
          &complex_type, &list_type, &none_type, &not_implemented_type, &ellipsis_type, &bytes_type,
          &bytearray_type, &set_type, &frozenset_type, &range_type, &slice_type, &function_type, &cell_type,
          &builtin_function_type, &method_descr_type, &getset_descr_type, &member_descr_type, &mappingproxy_type, &module_type, &tuple_iter_type, &list_iter_type, &list_reviter_type, &dict_keyiter_type,
          &dict_valueiter_type, &dict_itemiter_type, &set_iter_type, &range_iter_type, &longrange_iter_type})
        (void)type_ready(t);
    exceptions_init();
    iterobjects_init();
}

}  // namespace glasspy::rt
