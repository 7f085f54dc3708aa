// `object`, `type`, type_ready and the runtime's start-up (CPython:
// Objects/typeobject.c, Python/pylifecycle.c).
//
// Invariant: a type is used only after type_ready: its ob_type is `type`,
// its slots left empty are inherited from its base, and tp_mro holds the
// type followed by its base's MRO (built-in types have single bases; the C3
// linearisation for classes comes with the class statement).
#include "runtime/typeobject.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
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
#include "runtime/method.hpp"
#include "runtime/funcdescr.hpp"
#include "runtime/dict_views.hpp"
#include "runtime/generic_alias.hpp"
#include "runtime/weakref.hpp"
#include "runtime/gil.hpp"
#include "runtime/super.hpp"
#include "runtime/wrapper_descr.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/text_signature.hpp"
#include "runtime/tuple.hpp"
#include "runtime/union_type.hpp"
#include "runtime/type_methods.hpp"

namespace glasspy::rt {

// ---- object ------------------------------------------------------------------------------

void object_dealloc(Object* self) { free_object(self); }

namespace {

// A class's "module.qualname" as reprs show it: the module is left out for
// builtins (CPython: type_repr, object_repr).  Built-in types outside
// builtins carry their module in tp_name ("collections.deque").
std::string qualified_name(TypeObject* type) {
    if (!is_heap_type(type)) {
        // a module kept in the namespace (see __module__ below) qualifies a bare tp_name
        Object* module = type->tp_dict ? dict_getitem_str(type->tp_dict, "__module__") : nullptr;
        if (module && is_str(module)) return str_to_utf8(module) + "." + type->tp_name;
        return type->tp_name;
    }
    auto* ht = static_cast<HeapTypeObject*>(type);
    std::string qualname = str_to_utf8(ht->ht_qualname);
    Object* module = dict_getitem_str(type->tp_dict, "__module__");
    if (module && is_str(module) && !str_equals_ascii(module, "builtins"))
        return str_to_utf8(module) + "." + qualname;
    return qualname;
}

}  // namespace

Object* object_repr(Object* self) {
    return str_from_utf8(
        fmt::format("<{} object at {}>", qualified_name(self->ob_type), static_cast<const void*>(self)));
}

namespace {

bool excess_args(Object* args, Object* kwargs) {
    return (args && tuple_size(args) > 0) || (kwargs && dict_size(kwargs) > 0);
}

}  // namespace

// object.__new__: an instance with nothing set.  Arguments are an error
// unless the class overrides exactly one of __new__ and __init__ (CPython:
// object_new, and its comment on why).
Object* object_new(TypeObject* type, Object* args, Object* kwargs) {
    if (excess_args(args, kwargs)) {
        if (type->tp_new != object_new) {
            set_error(&exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            return nullptr;
        }
        if (type->tp_init == object_init) {
            set_error_fmt(&exc::TypeError, "{}() takes no arguments", type->tp_name);
            return nullptr;
        }
    }
    if (has_flag(type, TPFLAGS_IS_ABSTRACT)) return abstract_instantiation_error(type);
    Object* o = alloc_object(type);
    if (!o) return no_memory();
    // The attribute store of a class's instance (CPython 3.11:
    // _PyObject_InitializeDict, which sets up the inline values here): a
    // managed dict, no object of its own for the collector (dict.hpp).
    if (has_flag(type, TPFLAGS_MANAGED_DICT) && !(managed_dict_words(o)[0] = dict_new_managed())) {
        decref(o);
        return nullptr;
    }
    if (is_gc(o)) gc::track(interp().gc, o);
    return o;
}

int object_init(Object* self, Object* args, Object* kwargs) {
    if (excess_args(args, kwargs)) {
        TypeObject* type = self->ob_type;
        if (type->tp_init != object_init) {
            set_error(&exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            set_error_fmt(&exc::TypeError, "{}.__init__() takes exactly one argument (the instance to initialize)",
                          type->tp_name);
            return -1;
        }
    }
    return 0;
}

// TypeError "Can't instantiate abstract class C with abstract methods f, g".
Object* abstract_instantiation_error(TypeObject* type) {
    std::string names;
    Object* abstract = dict_getitem_str(type->tp_dict, "__abstractmethods__");
    if (abstract) {
        Ref<> sorted = Ref<>::steal(list_from_iterable(abstract));
        if (!sorted || list_sort(sorted.get(), nullptr, false) < 0) return nullptr;
        for (ssize_t i = 0, n = list_size(sorted.get()); i < n; ++i) {
            if (i) names += ", ";
            Ref<> s = Ref<>::steal(str(list_item(sorted.get(), i)));
            if (!s) return nullptr;
            names += str_to_utf8(s.get());
        }
    }
    ssize_t count = abstract ? length(abstract) : 0;
    set_error_fmt(&exc::TypeError, "Can't instantiate abstract class {} with abstract method{} {}", type->tp_name,
                  count > 1 ? "s" : "", names);
    return nullptr;
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
    if (type == &type_type) {
        // type(x) is x's type; type(name, bases, dict) makes a class.
        ssize_t n = tuple_size(args);
        bool no_kwargs = !kwargs || dict_size(kwargs) == 0;
        if (n == 1 && no_kwargs) {
            Object* t = tuple_item(args, 0)->ob_type;
            incref(t);
            return t;
        }
        if (n != 3) {
            set_error(&exc::TypeError, "type() takes 1 or 3 arguments");
            return nullptr;
        }
    }
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

HeapTypeObject* heap(Object* t) { return is_heap_type(static_cast<TypeObject*>(t)) ? static_cast<HeapTypeObject*>(t) : nullptr; }

int set_type_name(Object* t, Object* v, bool qual) {
    HeapTypeObject* ht = heap(t);
    const char* what = qual ? "__qualname__" : "__name__";
    if (!ht) {
        set_error_fmt(&exc::TypeError, "cannot set '{}' attribute of immutable type '{}'", what,
                      static_cast<TypeObject*>(t)->tp_name);
        return -1;
    }
    if (!v) {
        set_error_fmt(&exc::TypeError, "cannot delete '{}' attribute of immutable type '{}'", what, ht->tp_name);
        return -1;
    }
    if (!is_str(v)) {
        set_error_fmt(&exc::TypeError, "can only assign string to {}.{}, not '{}'", ht->tp_name, what, type_name(v));
        return -1;
    }
    incref(v);
    Object*& field = qual ? ht->ht_qualname : ht->ht_name;
    Object* old = field;
    field = v;
    decref(old);
    if (!qual) {
        ht->ht_tp_name = str_to_utf8(v);
        ht->tp_name = ht->ht_tp_name.c_str();
    }
    return 0;
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

// type.__abstractmethods__: kept in the class's namespace (type itself has
// none, as in CPython); assigning it sets or clears the flag object_new
// tests, which is how abc.ABCMeta makes a class with abstract methods
// refuse to be instantiated.
Object* type_get_abstractmethods(Object* t) {
    Object* value = t == &type_type ? nullptr : dict_getitem_str(static_cast<TypeObject*>(t)->tp_dict, "__abstractmethods__");
    if (!value) {
        set_error(&exc::AttributeError, "__abstractmethods__");
        return nullptr;
    }
    return new_ref_or_none(value);
}

int type_set_abstractmethods(Object* t, Object* v) {
    auto* type = static_cast<TypeObject*>(t);
    int abstract = 0;
    if (v) {
        abstract = is_true(v);
        if (abstract < 0 || dict_setitem_str(type->tp_dict, "__abstractmethods__", v) < 0) return -1;
    } else {
        Ref<> key = Ref<>::steal(str_from_utf8("__abstractmethods__"));
        if (!key) return -1;
        if (!dict_getitem(type->tp_dict, key.get())) {
            set_error(&exc::AttributeError, "__abstractmethods__");
            return -1;
        }
        if (dict_delitem(type->tp_dict, key.get()) < 0) return -1;
    }
    type_modified(type);
    if (abstract)
        type->tp_flags |= TPFLAGS_IS_ABSTRACT;
    else
        type->tp_flags &= ~static_cast<unsigned long>(TPFLAGS_IS_ABSTRACT);
    return 0;
}

const GetSetDef TYPE_GETSET[] = {
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr},
    {"__name__",
     [](Object* t) {
         if (HeapTypeObject* ht = heap(t)) return new_ref_or_none(ht->ht_name);
         return str_from_utf8(type_short_name(static_cast<TypeObject*>(t)));
     },
     [](Object* t, Object* v) { return set_type_name(t, v, false); }, nullptr},
    {"__qualname__",
     [](Object* t) {
         if (HeapTypeObject* ht = heap(t)) return new_ref_or_none(ht->ht_qualname);
         return str_from_utf8(type_short_name(static_cast<TypeObject*>(t)));
     },
     [](Object* t, Object* v) { return set_type_name(t, v, true); }, nullptr},
    {"__module__",
     [](Object* t) -> Object* {
         if (HeapTypeObject* ht = heap(t)) {
             Object* m = dict_getitem_str(ht->tp_dict, "__module__");
             if (!m) {
                 set_error(&exc::AttributeError, "__module__");
                 return nullptr;
             }
             return new_ref_or_none(m);
         }
         // A built-in type names its module in tp_name ("re.Pattern"), or,
         // when its messages must show the bare name as a class's would,
         // in its namespace (_sitebuiltins.Quitter).
         Object* m = dict_getitem_str(static_cast<TypeObject*>(t)->tp_dict, "__module__");
         if (m && is_str(m)) return new_ref_or_none(m);  // (type's own entry is this descriptor)
         std::string_view full = static_cast<TypeObject*>(t)->tp_name;
         size_t dot = full.rfind('.');
         // Interned, as CPython's type_module: int.__module__ is str.__module__,
         // which pickle's memo notices.
         return str_intern(dot == std::string_view::npos ? std::string_view("builtins") : full.substr(0, dot));
     },
     [](Object* t, Object* v) -> int {
         HeapTypeObject* ht = heap(t);
         if (!ht || !v) {
             set_error_fmt(&exc::TypeError, "cannot set '__module__' attribute of immutable type '{}'",
                           static_cast<TypeObject*>(t)->tp_name);
             return -1;
         }
         type_modified(ht);
         return dict_setitem_str(ht->tp_dict, "__module__", v);
     },
     nullptr},
    {"__doc__",
     [](Object* t) -> Object* {
         if (heap(t)) {
             // A class's docstring lives in its namespace; a descriptor
             // there (a property named __doc__) is asked for its value.
             Object* doc = dict_getitem_str(static_cast<TypeObject*>(t)->tp_dict, "__doc__");
             if (!doc) return new_ref_or_none(nullptr);
             if (descrgetfunc get = doc->ob_type->tp_descr_get) return get(doc, nullptr, t);
             return new_ref_or_none(doc);
         }
         const TypeObject* type = static_cast<TypeObject*>(t);
         return doc_after_signature(type->tp_name, type->tp_doc);
     },
     // A class's docstring can be replaced (dataclass writes one); a
     // built-in type's cannot (CPython: type_set_doc).
     [](Object* t, Object* v) -> int {
         HeapTypeObject* ht = heap(t);
         if (!ht || !v) {
             set_error_fmt(&exc::TypeError, "cannot {} '__doc__' attribute of immutable type '{}'",
                           v ? "set" : "delete", static_cast<TypeObject*>(t)->tp_name);
             return -1;
         }
         type_modified(ht);
         return dict_setitem_str(ht->tp_dict, "__doc__", v);
     },
     nullptr},
    // A built-in type's signature heads its doc (text_signature.hpp); a
    // class has none.
    {"__text_signature__",
     [](Object* t) -> Object* {
         if (heap(t)) return none_ref();
         const TypeObject* type = static_cast<TypeObject*>(t);
         return text_signature_of(type->tp_name, type->tp_doc);
     },
     nullptr, nullptr},
    {"__mro__", [](Object* t) { return new_ref_or_none(static_cast<TypeObject*>(t)->tp_mro); }, nullptr, nullptr},
    {"__bases__", [](Object* t) { return new_ref_or_none(static_cast<TypeObject*>(t)->tp_bases); }, nullptr,
     nullptr},
    {"__base__", [](Object* t) { return new_ref_or_none(static_cast<TypeObject*>(t)->tp_base); }, nullptr,
     nullptr},
    {"__dict__", [](Object* t) { return mappingproxy_new(static_cast<TypeObject*>(t)->tp_dict); }, nullptr,
     nullptr},
    {"__basicsize__", [](Object* t) { return int_from_ssize(static_cast<TypeObject*>(t)->tp_basicsize); }, nullptr,
     nullptr},
    {"__itemsize__", [](Object* t) { return int_from_ssize(static_cast<TypeObject*>(t)->tp_itemsize); }, nullptr,
     nullptr},
    {"__dictoffset__", [](Object* t) { return int_from_ssize(static_cast<TypeObject*>(t)->tp_dictoffset); }, nullptr,
     nullptr},
    {"__weakrefoffset__", [](Object* t) { return int_from_ssize(static_cast<TypeObject*>(t)->tp_weaklistoffset); },
     nullptr, nullptr},
    {"__flags__", [](Object* t) { return int_from_ssize(static_cast<ssize_t>(static_cast<TypeObject*>(t)->tp_flags)); },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// type.__init__: the class is made by __new__; only the argument count
// is checked (CPython: type_init).
int type_init(Object*, Object* args, Object* kwargs) {
    ssize_t n = tuple_size(args);
    if (kwargs && n == 1 && dict_size(kwargs) != 0) {
        set_error(&exc::TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (n != 1 && n != 3) {
        set_error(&exc::TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

// type.mro(): the C3 linearisation, as a list.
Object* type_mro_method(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("type.mro", nargs, kwnames)) return nullptr;
    auto* type = static_cast<TypeObject*>(self);
    Ref<> mro = Ref<>::steal(is_heap_type(type) ? mro_c3(type) : (incref(type->tp_mro), type->tp_mro));
    if (!mro) return nullptr;
    return list_from_iterable(mro.get());
}

// type.__subclasses__() and type.__prepare__() come with what needs them;
// __instancecheck__ / __subclasscheck__ are isinstance's defaults.
Object* type_instancecheck(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("type.__instancecheck__", nargs, kwnames)) return nullptr;
    int r = type_default_instancecheck(self, args[0]);
    return r < 0 ? nullptr : bool_from(r);
}

Object* type_subclasscheck(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("type.__subclasscheck__", nargs, kwnames)) return nullptr;
    int r = type_default_subclasscheck(self, args[0]);
    return r < 0 ? nullptr : bool_from(r);
}

// type.__subclasses__(): the classes that name this one as a base, oldest
// first (the list is kept for the attribute cache's invalidation).
Object* type_subclasses(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("type.__subclasses__", nargs, kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(list_new(0));
    if (!result) return nullptr;
    if (auto* subs = static_cast<TypeObject*>(self)->tp_subclasses)
        for (TypeObject* sub : *subs)
            if (list_append(result.get(), sub) < 0) return nullptr;
    return result.release();
}

const BuiltinDef TYPE_METHODS[] = {
    {"mro", type_mro_method,
     "mro($self, /)\n--\n\n"
     "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses,
     "__subclasses__($self, /)\n--\n\n"
     "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck,
     "__instancecheck__($self, instance, /)\n--\n\n"
     "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck,
     "__subclasscheck__($self, subclass, /)\n--\n\n"
     "Check if a class is a subclass."},
    {nullptr, nullptr, nullptr},
};

// object.__format__(spec): str(self) for an empty spec, TypeError otherwise.
Object* object_format(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("object.__format__", nargs, kwnames)) return nullptr;
    if (!is_str(args[0])) {
        arg_bad_argument("__format__", "argument", "str", args[0]);
        return nullptr;
    }
    if (str_length(args[0]) > 0) {
        set_error_fmt(&exc::TypeError, "unsupported format string passed to {}.__format__", type_name(self));
        return nullptr;
    }
    return str(self);
}

Object* object_sizeof(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("object.__sizeof__", nargs, kwnames)) return nullptr;
    TypeObject* t = self->ob_type;
    ssize_t n = t->tp_itemsize ? static_cast<VarObject*>(self)->ob_size : 0;
    return int_from_ssize(t->tp_basicsize + (n < 0 ? -n : n) * t->tp_itemsize);
}

// object.__init_subclass__(cls, **kwargs): the end of the chain of
// cooperative __init_subclass__ calls, which accepts no keywords.
Object* object_init_subclass(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        std::string_view who = nargs > 0 && is_type(args[0]) ? static_cast<TypeObject*>(args[0])->tp_name : "object";
        set_error_fmt(&exc::TypeError, "{}.__init_subclass__() takes no keyword arguments", who);
        return nullptr;
    }
    if (nargs > 1) {
        set_error_fmt(&exc::TypeError, "__init_subclass__() takes no arguments ({} given)", nargs - 1);
        return nullptr;
    }
    return new_ref_or_none(nullptr);
}

// object.__subclasshook__: NotImplemented, so issubclass uses the MRO.
Object* object_subclasshook(Object*, Object* const*, ssize_t, Object*) {
    incref(NotImplemented());
    return NotImplemented();
}

const BuiltinDef OBJECT_CLASSMETHODS[] = {
    {"__init_subclass__", object_init_subclass,
     "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may "
     "be\noverridden to extend subclasses.\n"},
    {"__subclasshook__", object_subclasshook, "Abstract classes can override this to customize issubclass()."},
    {nullptr, nullptr, nullptr},
};

// object's class methods: built-in functions wrapped in classmethod, so
// that they receive the class first.
int add_object_classmethods() {
    for (const BuiltinDef* def = OBJECT_CLASSMETHODS; def->name; ++def) {
        Ref<> f = Ref<>::steal(builtin_function_new(def, nullptr));
        if (!f) return -1;
        Ref<> cm = Ref<>::steal(classmethod_new(f.get()));
        if (!cm || dict_setitem_str(object_type.tp_dict, def->name, cm.get()) < 0) return -1;
    }
    type_modified(&object_type);
    return 0;
}

const BuiltinDef OBJECT_METHODS[] = {
    {"__format__", object_format,
     "__format__($self, format_spec, /)\n--\n\n"
     "Default object formatter."},
    {"__sizeof__", object_sizeof,
     "__sizeof__($self, /)\n--\n\n"
     "Size of object in memory, in bytes."},
    {nullptr, nullptr, nullptr},
};

const GetSetDef OBJECT_GETSET[] = {
    {"__class__", [](Object* o) -> Object* { return new_ref_or_none(o->ob_type); }, object_set_class, nullptr},
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
    // A data descriptor of the metatype (__name__, __doc__...) first, then
    // the class's namespace; a dunder changes the slots it backs.
    Object* meta_attr = type_lookup(self->ob_type, name);
    if (meta_attr && meta_attr->ob_type->tp_descr_set) return meta_attr->ob_type->tp_descr_set(meta_attr, self, value);
    int r;
    type_modified(type);
    if (value) {
        r = dict_setitem(type->tp_dict, name, value);
    } else {
        r = dict_delitem(type->tp_dict, name);
        if (r < 0 && error_matches(&exc::KeyError)) {
            clear_error();
            set_error_fmt(&exc::AttributeError, "type object '{}' has no attribute '{}'", type->tp_name,
                          str_to_utf8(name));
        }
    }
    if (r == 0) update_slot(type, name);
    return r;
}

Object* type_repr(Object* self) {
    return str_from_utf8(fmt::format("<class '{}'>", qualified_name(static_cast<TypeObject*>(self))));
}

// The slots a type inherits from its base when it leaves them empty
// (CPython: inherit_slots).  tp_new is not inherited by static types here
// that forbid instantiation from Python; they set it to null on purpose
// after type_ready.
void inherit_slots(TypeObject* type, const TypeObject* base) {
    // A built-in type directly under object without a __new__ of its own
    // cannot be instantiated (CPython: Py_TPFLAGS_DISALLOW_INSTANTIATION).
    bool keep_new_null = !type->tp_new && !is_heap_type(type) && base == &object_type;
#define GP_SLOT(name, signature, dunder, reflected, doc) \
    if (!type->name) type->name = base->name;
#include "runtime/slots.def"
#undef GP_SLOT
    if (keep_new_null) type->tp_new = nullptr;
    if (!type->tp_basicsize) type->tp_basicsize = base->tp_basicsize;
    if (!type->tp_itemsize) type->tp_itemsize = base->tp_itemsize;
    if (!type->tp_dictoffset) type->tp_dictoffset = base->tp_dictoffset;
    if (!type->tp_weaklistoffset) type->tp_weaklistoffset = base->tp_weaklistoffset;
    constexpr unsigned long subclass_flags =
        TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_BYTES_SUBCLASS |
        TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_DICT_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_TYPE_SUBCLASS;
    type->tp_flags |= base->tp_flags & (subclass_flags | TPFLAGS_HAVE_GC | TPFLAGS_MANAGED_DICT);
}

}  // namespace

TypeObject object_type;
TypeObject type_type;

int type_ready(TypeObject* type) {
    if (has_flag(type, TPFLAGS_READY)) return 0;
    if (!is_heap_type(type)) interp().static_types.push_back(type);
    if (!type->ob_type) type->ob_type = &type_type;
    if (!type->ob_refcnt) type->ob_refcnt = 1;
    if (!type->tp_base && type != &object_type) type->tp_base = &object_type;
    TypeObject* base = type->tp_base;
    if (base) {
        if (type_ready(base) < 0) return -1;
        inherit_slots(type, base);
    }
    if (!type->tp_bases) type->tp_bases = base ? tuple_pack({base}) : tuple_new(0);
    if (!type->tp_bases) return -1;
    for (ssize_t i = 0, n = tuple_size(type->tp_bases); i < n; ++i) {
        auto* b = static_cast<TypeObject*>(tuple_item(type->tp_bases, i));
        if (!b->tp_subclasses) b->tp_subclasses = new std::vector<TypeObject*>;
        b->tp_subclasses->push_back(type);
    }
    if (is_heap_type(type)) {
        // A class: the C3 linearisation of all its bases.
        type->tp_mro = mro_c3(type);
        if (!type->tp_mro) return -1;
    } else {
        // A built-in type: the type, then its single base's MRO.
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
    }
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
        Object* descr = def->class_method ? classmethod_descr_new(type, def) : method_descr_new(type, def);
        if (!descr) return -1;
        int r = dict_setitem_str(type->tp_dict, def->name, descr);
        decref(descr);
        if (r < 0) return -1;
    }
    // A built-in type's own slots become its dunders (int.__add__).
    if (!is_heap_type(type) && add_slot_wrappers(type) < 0) return -1;
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

Object* subtype_copy(TypeObject* type, Object* value) {
    if (!value) return nullptr;
    Ref<> held = Ref<>::steal(value);
    TypeObject* base = value->ob_type;
    ssize_t nitems = 0;
    if (base->tp_itemsize) {
        nitems = static_cast<VarObject*>(value)->ob_size;
        if (nitems < 0) nitems = -nitems;
    }
    Object* o = alloc_object(type, nitems);
    if (!o) return no_memory();
    auto size = static_cast<std::size_t>(base->tp_basicsize + nitems * base->tp_itemsize);
    std::memcpy(reinterpret_cast<char*>(o) + sizeof(Object), reinterpret_cast<const char*>(value) + sizeof(Object),
                size - sizeof(Object));
    if (is_gc(o)) gc::track(interp().gc, o);
    return o;
}

Object** dict_slot_var(Object* o) {
    ssize_t offset = o->ob_type->tp_dictoffset;
    char* base = reinterpret_cast<char*>(o);
    TypeObject* t = o->ob_type;
    if (has_flag(t, TPFLAGS_UNICODE_SUBCLASS)) {
        auto size = static_cast<ssize_t>(str_content_size(o));
        size = (size + static_cast<ssize_t>(sizeof(Object*)) - 1) & ~static_cast<ssize_t>(sizeof(Object*) - 1);
        return reinterpret_cast<Object**>(base + size + offset + static_cast<ssize_t>(sizeof(Object*)));
    }
    ssize_t n = static_cast<VarObject*>(o)->ob_size;
    ssize_t size = t->tp_basicsize + (n < 0 ? -n : n) * t->tp_itemsize;
    size = (size + static_cast<ssize_t>(sizeof(Object*)) - 1) & ~static_cast<ssize_t>(sizeof(Object*) - 1);
    return reinterpret_cast<Object**>(base + size + offset);
}

namespace {

unsigned int next_version_tag = 1;

// A type gets a tag once its namespace and MRO are settled; tags are never
// reused, so a dead type's entries cannot match a new type.  The classes
// of its MRO get theirs first: a tagged type's bases are always tagged, so
// that dropping a base's tag reaches every subclass whose entries used it.
bool assign_version_tag(TypeObject* type) {
    if (type->tp_version_tag) return true;
    if (!type->tp_mro || next_version_tag == 0) return false;
    for (ssize_t i = 1, n = tuple_size(type->tp_mro); i < n; ++i)
        if (!assign_version_tag(static_cast<TypeObject*>(tuple_item(type->tp_mro, i)))) return false;
    type->tp_version_tag = next_version_tag++;
    return true;
}

Object* lookup_uncached(TypeObject* type, Object* name) {
    for (ssize_t i = 0, n = tuple_size(type->tp_mro); i < n; ++i) {
        auto* t = static_cast<TypeObject*>(tuple_item(type->tp_mro, i));
        if (!t->tp_dict) continue;
        if (Object* found = dict_getitem(t->tp_dict, name)) return found;
    }
    return nullptr;
}

}  // namespace

Borrowed<> type_lookup_slow(TypeObject* type, Object* name) {
    if (!type->tp_mro) return nullptr;
    // Only interned names are cached: the entry holds a reference to its
    // name, so the address stays that name's for as long as it is there.
    if (!(is_str(name) && str_is_interned(name) && assign_version_tag(type))) return lookup_uncached(type, name);
    Object* found = lookup_uncached(type, name);
    // A lookup that ran Python code (an __eq__ of a str subclass key)
    // could have changed the type; store only if the tag still holds.
    if (type->tp_version_tag && !error_occurred()) {
        AttrCacheEntry& slot = interp().type_cache[attr_cache_index(type->tp_version_tag, name)];
        incref(name);
        Object* old = slot.name;
        slot.version = type->tp_version_tag;
        slot.name = name;
        slot.value = found;
        xdecref(old);
    }
    return found;
}

void type_modified(TypeObject* type) {
    if (!type->tp_version_tag) return;
    type->tp_version_tag = 0;
    if (type->tp_subclasses)
        for (TypeObject* sub : *type->tp_subclasses) type_modified(sub);
}

namespace {

void init_core_types() {
    object_type.ob_refcnt = 1;
    object_type.tp_name = "object";
    object_type.tp_basicsize = sizeof(Object);
    object_type.tp_flags = TPFLAGS_BASETYPE;
    object_type.tp_doc =
        "object()\n--\n\n"
        "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
        "instance that has no instance attributes and cannot be given any.\n";
    object_type.tp_dealloc = object_dealloc;
    object_type.tp_repr = object_repr;
    object_type.tp_str = object_str;
    object_type.tp_hash = object_hash;
    object_type.tp_richcompare = object_richcompare;
    object_type.tp_getattro = generic_getattr;
    object_type.tp_setattro = generic_setattr;
    object_type.tp_new = object_new;
    object_type.tp_init = object_init;
    object_type.tp_methods = OBJECT_METHODS;
    object_type.tp_getset = OBJECT_GETSET;

    type_type.ob_refcnt = 1;
    type_type.tp_name = "type";
    type_type.tp_basicsize = sizeof(HeapTypeObject);
    // Classes are containers of the cycle collector (their namespace,
    // MRO and bases can lead back to them); the static types, instances
    // of `type` too, are not: tp_is_gc tells them apart (CPython:
    // type_is_gc).
    type_type.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS | TPFLAGS_HAVE_GC;
    type_type.tp_is_gc = [](Object* t) {
        return static_cast<int>(is_heap_type(static_cast<TypeObject*>(t)));
    };
    type_type.tp_traverse = type_traverse;
    type_type.tp_clear = type_clear;
    type_type.tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
    type_type.tp_new = type_new;
    type_type.tp_init = type_init;
    type_type.tp_dealloc = type_dealloc;
    type_type.tp_methods = TYPE_METHODS;
    // A class's "instance dict" is its namespace, so that a metaclass adds
    // no __dict__ of its own.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    type_type.tp_dictoffset = offsetof(TypeObject, tp_dict);
    type_type.tp_weaklistoffset = offsetof(TypeObject, tp_weaklist);
#pragma GCC diagnostic pop
    type_type.tp_repr = type_repr;
    type_type.tp_call = type_call;
    type_type.tp_getattro = type_getattro;
    type_type.tp_setattro = type_setattro;
    type_type.tp_getset = TYPE_GETSET;
    type_type.nb_or = union_type_or;  // int | str (PEP 604)
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
    main_thread.name = "MainThread";
    in.threads = &main_thread;
    // The main thread holds the GIL whenever it runs Python code.
    gil_acquire(&main_thread);

    init_core_types();
    // The tuple type first: every other type's MRO is a tuple.
    for (TypeObject* t :
         {&tuple_type, &object_type, &type_type, &str_type, &dict_type, &int_type, &bool_type, &float_type,
          &complex_type, &list_type, &none_type, &not_implemented_type, &ellipsis_type, &bytes_type,
          &bytearray_type, &set_type, &frozenset_type, &range_type, &slice_type, &function_type, &cell_type,
          &builtin_function_type, &method_type, &wrapper_descr_type, &method_wrapper_type, &staticmethod_type, &classmethod_type, &property_type, &super_type, &method_descr_type, &classmethod_descr_type, &generic_alias_type, &weakref_type, &getset_descr_type, &member_descr_type, &mappingproxy_type, &module_type, &tuple_iter_type, &list_iter_type, &list_reviter_type, &dict_keys_type, &dict_values_type, &dict_items_type, &dict_revkeyiter_type, &dict_revvalueiter_type, &dict_revitemiter_type, &dict_keyiter_type,
          &dict_valueiter_type, &dict_itemiter_type, &set_iter_type, &range_iter_type, &longrange_iter_type,
          &union_type})
        (void)type_ready(t);
    (void)add_object_classmethods();
    (void)add_str_staticmethods();
    (void)add_object_protocols();
    exceptions_init();
    iterobjects_init();
}

}  // namespace glasspy::rt
