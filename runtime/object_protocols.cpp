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
#include "runtime/bytes.hpp"
#include "runtime/complex.hpp"
#include "runtime/float.hpp"
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

// The arguments __new__ needs to rebuild self (CPython:
// _PyObject_GetNewArguments): __getnewargs_ex__() gives (args, kwargs),
// __getnewargs__() args alone; neither: *args and *kwargs stay null.
bool get_new_arguments(Object* self, Ref<>* args, Ref<>* kwargs) {
    Ref<> name = Ref<>::steal(str_intern("__getnewargs_ex__"));
    if (type_lookup(self->ob_type, name.get())) {
        Ref<> r = Ref<>::steal(call_method(self, name.get(), nullptr, 0));
        if (!r) return false;
        if (!is_tuple(r.get())) {
            set_error_fmt(&exc::TypeError, "__getnewargs_ex__ should return a tuple, not '{}'", type_name(r.get()));
            return false;
        }
        if (tuple_size(r.get()) != 2) {
            set_error_fmt(&exc::ValueError, "__getnewargs_ex__ should return a tuple of length 2, not {}",
                          tuple_size(r.get()));
            return false;
        }
        *args = new_ref(tuple_item(r.get(), 0));
        *kwargs = new_ref(tuple_item(r.get(), 1));
        if (!is_tuple(args->get())) {
            set_error_fmt(&exc::TypeError,
                          "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                          type_name(args->get()));
            return false;
        }
        if (!is_dict(kwargs->get())) {
            set_error_fmt(&exc::TypeError,
                          "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                          type_name(kwargs->get()));
            return false;
        }
        return true;
    }
    name = Ref<>::steal(str_intern("__getnewargs__"));
    if (type_lookup(self->ob_type, name.get())) {
        *args = Ref<>::steal(call_method(self, name.get(), nullptr, 0));
        if (!*args) return false;
        if (!is_tuple(args->get())) {
            set_error_fmt(&exc::TypeError, "__getnewargs__ should return a tuple, not '{}'", type_name(args->get()));
            return false;
        }
    }
    return true;
}

// Protocol 2 and later (CPython: reduce_newobj): (copyreg.__newobj__,
// (cls, *args), state, listitems, dictitems), or copyreg.__newobj_ex__
// with (cls, args, kwargs) when __new__ needs keyword arguments.
Object* reduce_newobj(Object* self) {
    TypeObject* type = self->ob_type;
    if (!type->tp_new) {
        set_error_fmt(&exc::TypeError, "cannot pickle '{}' object", type->tp_name);
        return nullptr;
    }
    Ref<> args, kwargs;
    if (!get_new_arguments(self, &args, &kwargs)) return nullptr;
    bool has_args = static_cast<bool>(args);
    Ref<> newobj, newargs;
    if (!kwargs || dict_size(kwargs.get()) == 0) {
        newobj = Ref<>::steal(copyreg_attr("__newobj__"));
        ssize_t n = args ? tuple_size(args.get()) : 0;
        newargs = Ref<>::steal(tuple_new(n + 1));
        if (!newobj || !newargs) return nullptr;
        tuple_items(newargs.get())[0] = new_ref<Object>(type).release();
        for (ssize_t i = 0; i < n; ++i) tuple_items(newargs.get())[i + 1] = new_ref(tuple_item(args.get(), i)).release();
    } else {
        newobj = Ref<>::steal(copyreg_attr("__newobj_ex__"));
        newargs = Ref<>::steal(tuple_pack({type, args.get(), kwargs.get()}));
        if (!newobj || !newargs) return nullptr;
    }
    // Without arguments for __new__, neither a variable-size object (an int
    // or tuple subclass that hides __getnewargs__) nor one whose C++ part
    // holds more than object's (a module, a lock) can come back (CPython:
    // object_getstate_default's checks of tp_itemsize and tp_basicsize).
    bool required = !has_args && !is_instance_of(self, &list_type) && !is_instance_of(self, &dict_type);
    if (required && type->tp_itemsize != 0) {
        set_error_fmt(&exc::TypeError, "cannot pickle {} objects", type->tp_name);
        return nullptr;
    }
    TypeObject* solid = type;
    while (solid->tp_base && is_heap_type(solid)) solid = solid->tp_base;
    if (required && solid != &object_type && solid->tp_basicsize > object_type.tp_basicsize) {
        set_error_fmt(&exc::TypeError, "cannot pickle '{}' object", type->tp_name);
        return nullptr;
    }
    Ref<> state = Ref<>::steal(call_method(self, Ref<>::steal(str_intern("__getstate__")).get(), nullptr, 0));
    if (!state) return nullptr;
    Ref<> listitems = Ref<>::steal((incref(None()), None()));
    Ref<> dictitems = Ref<>::steal((incref(None()), None()));
    if (is_instance_of(self, &list_type)) listitems = Ref<>::steal(get_iter(self));
    if (is_instance_of(self, &dict_type)) {
        Ref<> items = Ref<>::steal(call_method(self, Ref<>::steal(str_intern("items")).get(), nullptr, 0));
        dictitems = items ? Ref<>::steal(get_iter(items.get())) : Ref<>();
    }
    if (!listitems || !dictitems) return nullptr;
    return tuple_pack({newobj.get(), newargs.get(), state.get(), listitems.get(), dictitems.get()});
}

// ---- __getnewargs__ of the built-in value types -----------------------------------------------
// What a subclass instance (class MyInt(int)) passes to __new__ to be
// rebuilt: the plain value (CPython: int___getnewargs___impl & co.).

Object* value_newargs(Object* value) {
    if (!value) return nullptr;
    Ref<> v = Ref<>::steal(value);
    return tuple_pack({v.get()});
}

Object* int_getnewargs(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("int.__getnewargs__", nargs, kwnames)) return nullptr;
    return value_newargs(int_exact(self));
}

Object* float_getnewargs(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("float.__getnewargs__", nargs, kwnames)) return nullptr;
    return value_newargs(float_from_double(float_value(self)));
}

Object* complex_getnewargs(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("complex.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref<> re = Ref<>::steal(float_from_double(complex_value(self).real));
    Ref<> im = Ref<>::steal(float_from_double(complex_value(self).imag));
    if (!re || !im) return nullptr;
    return tuple_pack({re.get(), im.get()});
}

Object* str_getnewargs(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("str.__getnewargs__", nargs, kwnames)) return nullptr;
    return value_newargs(str_from_utf8(str_to_utf8(self)));
}

Object* bytes_getnewargs(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("bytes.__getnewargs__", nargs, kwnames)) return nullptr;
    return value_newargs(bytes_from(bytes_view(self)));
}

Object* tuple_getnewargs(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("tuple.__getnewargs__", nargs, kwnames)) return nullptr;
    return value_newargs(tuple_get_slice(self, 0, tuple_size(self)));
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
    struct NewArgs {
        TypeObject* type;
        BuiltinDef def;
    };
    static const NewArgs newargs[] = {
        {&int_type, {"__getnewargs__", int_getnewargs, nullptr}},
        {&float_type, {"__getnewargs__", float_getnewargs, nullptr}},
        {&complex_type, {"__getnewargs__", complex_getnewargs, nullptr}},
        {&str_type, {"__getnewargs__", str_getnewargs, nullptr}},
        {&bytes_type, {"__getnewargs__", bytes_getnewargs, nullptr}},
        {&tuple_type, {"__getnewargs__", tuple_getnewargs, nullptr}},
    };
    for (const NewArgs& n : newargs)
        if (add_methods(n.type, std::span<const BuiltinDef>(&n.def, 1)) < 0) return -1;
    return add_methods(&type_type, TYPE_PROTOCOL_METHODS);
}

}  // namespace glasspy::rt
