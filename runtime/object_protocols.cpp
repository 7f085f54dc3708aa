// object's and type's methods for introspection and copying (CPython:
// object___dir___impl, type___dir___impl, object___getstate___impl,
// reduce_newobj and object___reduce_ex___impl in Objects/typeobject.c;
// _dir_object in Objects/object.c).
//
// dir(o) calls type(o).__dir__(o) and sorts what it gives (the traceback's
// "Did you mean" reads it too, interp/suggestions.cpp); copy.copy and
// pickle call o.__reduce_ex__(protocol), whose default result rebuilds the
// object with copyreg.__newobj__(cls) and restores its __dict__ (the
// "state").
#include <span>

#include "runtime/abstract.hpp"
#include "runtime/descr.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// Adds a class's namespace and, recursively, its bases' to names
// (CPython: merge_class_dict).
bool merge_class_dict(Object* names, TypeObject* type) {
    if (type->tp_dict && dict_merge(names, type->tp_dict, 1) < 0) return false;
    for (ssize_t i = 0, n = type->tp_bases ? tuple_size(type->tp_bases) : 0; i < n; ++i)
        if (!merge_class_dict(names, static_cast<TypeObject*>(tuple_item(type->tp_bases, i)))) return false;
    return true;
}

// object.__dir__(): the instance's __dict__ keys and its class's
// attributes, unsorted (dir() sorts).
Object* object_dir(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("object.__dir__", nargs, kwnames)) return nullptr;
    Ref<> names = Ref<>::steal(dict_new());
    if (!names) return nullptr;
    Ref<> d = Ref<>::steal(get_attr_str(self, "__dict__"));
    if (!d) {
        if (!error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
    } else if (is_dict(d.get()) && dict_merge(names.get(), d.get(), 1) < 0) {
        return nullptr;
    }
    Ref<> cls = Ref<>::steal(get_attr_str(self, "__class__"));
    if (!cls) {
        if (!error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
    } else if (is_type(cls.get()) && !merge_class_dict(names.get(), static_cast<TypeObject*>(cls.get()))) {
        return nullptr;
    }
    return list_from_iterable(names.get());
}

// type.__dir__(): the class's attributes and its bases'.
Object* type_dir(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("type.__dir__", nargs, kwnames)) return nullptr;
    Ref<> names = Ref<>::steal(dict_new());
    if (!names || !merge_class_dict(names.get(), static_cast<TypeObject*>(self))) return nullptr;
    return list_from_iterable(names.get());
}

}  // namespace

Object* dir_object(Object* o) {
    Ref<> name = Ref<>::steal(str_intern("__dir__"));
    if (!name) return nullptr;
    Ref<> names = Ref<>::steal(call_method(o, name.get(), nullptr, 0));
    if (!names) return nullptr;
    Ref<> sorted = Ref<>::steal(list_from_iterable(names.get()));
    if (!sorted || list_sort(sorted.get()) < 0) return nullptr;
    return sorted.release();
}

namespace {

// object.__getstate__(): the instance's __dict__ (a copy) and, if it has
// __slots__, a second dict of them; None when there is nothing.
Object* object_getstate(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("object.__getstate__", nargs, kwnames)) return nullptr;
    Object* d = instance_dict(self);
    Ref<> state = d && dict_size(d) > 0 ? Ref<>::steal(dict_copy(d)) : Ref<>::steal((incref(None()), None()));
    if (!state) return nullptr;
    Ref<> slots = Ref<>::steal(dict_new());
    if (!slots) return nullptr;
    for (TypeObject* t = self->ob_type; t && is_heap_type(t); t = t->tp_base) {
        for (const MemberDef& m : static_cast<HeapTypeObject*>(t)->ht_members) {
            if (!m.name) continue;
            Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + m.offset);
            if (v && dict_setitem_str(slots.get(), m.name, v) < 0) return nullptr;
        }
    }
    if (dict_size(slots.get()) > 0) return tuple_pack({state.get(), slots.get()});
    return state.release();
}

Object* copyreg_attr(const char* name) {
    Ref<> module = Ref<>::steal(import_module("copyreg"));
    if (!module) return nullptr;
    return get_attr_str(module.get(), name);
}

// Protocol 2 and later: (copyreg.__newobj__, (cls,), state, listitems,
// dictitems).
Object* reduce_newobj(Object* self) {
    TypeObject* type = self->ob_type;
    if (!type->tp_new) {
        set_error_fmt(&exc::TypeError, "cannot pickle '{}' object", type->tp_name);
        return nullptr;
    }
    Ref<> newobj = Ref<>::steal(copyreg_attr("__newobj__"));
    if (!newobj) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({type}));
    Ref<> state = Ref<>::steal(call_method(self, Ref<>::steal(str_intern("__getstate__")).get(), nullptr, 0));
    if (!args || !state) return nullptr;
    Ref<> listitems = Ref<>::steal((incref(None()), None()));
    Ref<> dictitems = Ref<>::steal((incref(None()), None()));
    if (is_instance_of(self, &list_type)) listitems = Ref<>::steal(get_iter(self));
    if (is_instance_of(self, &dict_type)) {
        Ref<> items = Ref<>::steal(call_method(self, Ref<>::steal(str_intern("items")).get(), nullptr, 0));
        dictitems = items ? Ref<>::steal(get_iter(items.get())) : Ref<>();
    }
    if (!listitems || !dictitems) return nullptr;
    return tuple_pack({newobj.get(), args.get(), state.get(), listitems.get(), dictitems.get()});
}

// Protocols 0 and 1: copyreg._reduce_ex(self, protocol).
Object* reduce_old(Object* self, Object* protocol) {
    Ref<> reduce_ex = Ref<>::steal(copyreg_attr("_reduce_ex"));
    if (!reduce_ex) return nullptr;
    Object* args[] = {self, protocol};
    return call(reduce_ex.get(), args, 2);
}

Object* object_reduce_ex(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("object.__reduce_ex__", nargs, kwnames)) return nullptr;
    ssize_t protocol;
    if (!arg_ssize(args[0], &protocol)) return nullptr;
    // A class's own __reduce__ wins over the default protocol.
    Ref<> name = Ref<>::steal(str_intern("__reduce__"));
    Object* reduce = type_lookup(self->ob_type, name.get());
    Object* base_reduce = type_lookup(&object_type, name.get());
    if (reduce && reduce != base_reduce) return call_method(self, name.get(), nullptr, 0);
    return protocol >= 2 ? reduce_newobj(self) : reduce_old(self, args[0]);
}

Object* object_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("object.__reduce__", nargs, kwnames)) return nullptr;
    Ref<> zero = Ref<>::steal(int_from_ssize(0));
    return zero ? reduce_old(self, zero.get()) : nullptr;
}

const BuiltinDef OBJECT_PROTOCOL_METHODS[] = {
    {"__dir__", object_dir, "Default dir() implementation."},
    {"__getstate__", object_getstate, "Helper for pickle."},
    {"__reduce__", object_reduce, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, "Helper for pickle."},
};

const BuiltinDef TYPE_PROTOCOL_METHODS[] = {
    {"__dir__", type_dir, "Specialized __dir__ implementation for types."},
};

int add_methods(TypeObject* type, std::span<const BuiltinDef> defs) {
    for (const BuiltinDef& def : defs) {
        Ref<> descr = Ref<>::steal(method_descr_new(type, &def));
        if (!descr || dict_setitem_str(type->tp_dict, def.name, descr.get()) < 0) return -1;
    }
    type_modified(type);
    return 0;
}

}  // namespace

int add_object_protocols() {
    if (add_methods(&object_type, OBJECT_PROTOCOL_METHODS) < 0) return -1;
    return add_methods(&type_type, TYPE_PROTOCOL_METHODS);
}

}  // namespace glasspy::rt
