// The module type; see module.hpp.
#include "runtime/module.hpp"

#include <cstddef>
#include <string>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/weakref.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

ModuleObject* as_module(Object* o) { return static_cast<ModuleObject*>(o); }

void module_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    if (as_module(self)->md_weaklist) clear_weakrefs(self);
    clear(as_module(self)->md_dict);
    free_object(self);
}

int module_traverse(Object* self, visitproc visit, void* arg) {
    Object* d = as_module(self)->md_dict;
    return d ? visit(d, arg) : 0;
}

int module_clear(Object* self) {
    clear(as_module(self)->md_dict);
    return 0;
}

// <module 'sys' (built-in)>, <module 'x' from '/path/x.py'>, <module 'x'>.
Object* module_repr(Object* self) {
    std::string name = module_name(self);
    Object* file = dict_getitem_str(module_dict(self), "__file__");
    if (file && is_str(file)) return str_from_utf8("<module '" + name + "' from '" + str_to_utf8(file) + "'>");
    if (error_occurred()) return nullptr;
    if (as_module(self)->builtin)
        return str_from_utf8("<module '" + name + "' (built-in)>");
    return str_from_utf8("<module '" + name + "'>");
}

// Attribute lookup: the usual (descriptors of the type, then the module's
// dict); then the module's own __getattr__ (PEP 562); then an error that
// names a circular import when the module is still running its code
// (CPython: module_getattro).
Object* module_getattro(Object* self, Object* name) {
    if (Object* v = generic_getattr(self, name)) return v;
    if (!error_matches(&exc::AttributeError)) return nullptr;
    clear_error();
    if (Object* getattr = dict_getitem_str(module_dict(self), "__getattr__")) {
        return call(getattr, &name, 1);
    }
    std::string mod = module_name(self);
    if (as_module(self)->initializing) {
        set_error_fmt(&exc::AttributeError,
                      "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                      mod, str_to_utf8(name));
    } else {
        set_error_fmt(&exc::AttributeError, "module '{}' has no attribute '{}'", mod, str_to_utf8(name));
    }
    return nullptr;
}

// types.ModuleType(name, doc=None)
Object* module_tp_new(TypeObject* type, Object* args, Object* kwargs) {
    ssize_t n = args ? tuple_size(args) : 0;
    if ((kwargs && dict_size(kwargs) > 0) || n < 1 || n > 2) {
        if (n < 1) {
            set_error(&exc::TypeError, "module() missing required argument 'name' (pos 1)");
        } else {
            set_error_fmt(&exc::TypeError, "module() takes at most 2 arguments ({} given)", n);
        }
        return nullptr;
    }
    Object* name = tuple_item(args, 0);
    if (!is_str(name)) {
        set_error_fmt(&exc::TypeError, "module.__init__() argument 'name' must be str, not {}", type_name(name));
        return nullptr;
    }
    Object* m = module_new_of_type(type, str_to_utf8(name));
    if (m && n == 2 && dict_setitem_str(module_dict(m), "__doc__", tuple_item(args, 1)) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

// module.__dir__(): the module's own __dir__ function when its namespace
// defines one (PEP 562), else the namespace's keys (CPython: module_dir).
Object* module_dir(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("module.__dir__", nargs, kwnames)) return nullptr;
    Ref<> dict = Ref<>::steal(get_attr_str(self, "__dict__"));
    if (!dict) return nullptr;
    if (!is_dict(dict.get())) {
        set_error(&exc::TypeError, "<module>.__dict__ is not a dictionary");
        return nullptr;
    }
    if (Object* dir = dict_getitem_str(dict.get(), "__dir__")) {
        Ref<> held = new_ref(dir);
        return call(held.get(), nullptr, 0);
    }
    if (error_occurred()) return nullptr;
    return dict_keys(dict.get());
}

const BuiltinDef MODULE_METHODS[] = {
    {"__dir__", module_dir, "__dir__() -> list\nspecialized dir() implementation"},
    {nullptr, nullptr, nullptr},
};

const GetSetDef MODULE_GETSET[] = {
    {"__dict__",
     [](Object* m) {
         Object* d = module_dict(m);
         incref(d);
         return d;
     },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_module_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "module";
    t.tp_basicsize = sizeof(ModuleObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.";
    t.tp_dealloc = module_dealloc;
    t.tp_traverse = module_traverse;
    t.tp_clear = module_clear;
    t.tp_repr = module_repr;
    t.tp_getattro = module_getattro;
    t.tp_setattro = generic_setattr;
    t.tp_getset = MODULE_GETSET;
    t.tp_methods = MODULE_METHODS;
    t.tp_new = module_tp_new;
    // ModuleObject derives from Object, so it is not standard-layout and
    // offsetof is only conditionally supported; GCC and Clang give the
    // obvious answer.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    t.tp_dictoffset = offsetof(ModuleObject, md_dict);
    t.tp_weaklistoffset = offsetof(ModuleObject, md_weaklist);
#pragma GCC diagnostic pop
    return t;
}

}  // namespace

TypeObject module_type = make_module_type();

Object* module_new(std::string_view name) { return module_new_of_type(&module_type, name); }

Object* module_new_of_type(TypeObject* type, std::string_view name) {
    Object* d = dict_new();
    if (!d) return nullptr;
    Object* name_obj = str_from_utf8(name);
    bool ok = name_obj && dict_setitem_str(d, "__name__", name_obj) == 0;
    xdecref(name_obj);
    for (const char* key : {"__doc__", "__package__", "__loader__", "__spec__"})
        ok = ok && dict_setitem_str(d, key, None()) == 0;
    if (!ok) {
        decref(d);
        return nullptr;
    }
    Object* self = alloc_object(type);
    if (!self) {
        decref(d);
        return no_memory();
    }
    as_module(self)->md_dict = d;
    as_module(self)->md_weaklist = nullptr;
    as_module(self)->initializing = false;
    as_module(self)->builtin = false;
    gc::track(interp().gc, self);
    return self;
}

std::string module_name(Object* m) {
    Object* name = dict_getitem_str(module_dict(m), "__name__");
    if (name && is_str(name)) return str_to_utf8(name);
    if (error_occurred()) clear_error();
    return "?";
}

}  // namespace glasspy::rt
