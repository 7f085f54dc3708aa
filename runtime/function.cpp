// Functions, cells and built-in functions (see function.hpp).
#include "runtime/function.hpp"
#include "runtime/method.hpp"

#include <vector>

#include <fmt/format.h>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/import.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/text_signature.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

EvalHooks& eval_hooks() {
    static EvalHooks hooks;
    return hooks;
}

// ---- functions --------------------------------------------------------------------------------

namespace {

FunctionObject* as_func(Object* o) { return static_cast<FunctionObject*>(o); }

// The fields in one list, for dealloc, traverse and clear.
template <typename F> void each_field(FunctionObject* f, F&& visit) {
    for (Object** field : {&f->func_code, &f->func_globals, &f->func_builtins, &f->func_name,
                           &f->func_qualname, &f->func_defaults, &f->func_kwdefaults, &f->func_closure,
                           &f->func_doc, &f->func_dict, &f->func_annotations, &f->func_module})
        visit(*field);
}

int function_clear(Object* self) {
    each_field(as_func(self), [](Object*& field) { clear(field); });
    return 0;
}

void function_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    function_clear(self);
    free_object(self);
}

int function_traverse(Object* self, visitproc visit, void* arg) {
    int result = 0;
    each_field(as_func(self), [&](Object*& field) {
        if (!result && field) result = visit(field, arg);
    });
    return result;
}

Object* function_repr(Object* self) {
    return str_from_utf8(fmt::format("<function {} at {}>", str_to_utf8(as_func(self)->func_qualname),
                                     static_cast<const void*>(self)));
}

}  // namespace

// The tuple-and-dict call shape turned into the vectorcall shape: the
// keyword values follow the positional ones and their names form a tuple.
Object* call_vector_from_dict(Object* args, Object* kwargs, Object* (*call)(void*, Object* const*, ssize_t, Object*),
                              void* context) {
    ssize_t npos = tuple_size(args);
    ssize_t nkw = kwargs ? dict_size(kwargs) : 0;
    if (nkw == 0) return call(context, tuple_items(args), npos, nullptr);
    Object* names = tuple_new(nkw);
    if (!names) return nullptr;
    std::vector<Object*> vector(tuple_items(args), tuple_items(args) + npos);
    ssize_t pos = 0, i = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        incref(key);
        tuple_items(names)[i++] = key;
        vector.push_back(value);
    }
    Object* r = call(context, vector.data(), npos, names);
    decref(names);
    return r;
}

namespace {

// f(*args, **kwargs) through the tuple-and-dict slot.
Object* function_call(Object* self, Object* args, Object* kwargs) {
    return call_vector_from_dict(
        args, kwargs,
        [](void* f, Object* const* v, ssize_t npos, Object* names) {
            ssize_t nkw = names ? tuple_size(names) : 0;
            return eval_hooks().call_function(static_cast<FunctionObject*>(f), v, npos + nkw, names);
        },
        self);
}

// A function found on a class becomes a bound method of the instance;
// through the class it stays the plain function (CPython: func_descr_get).
Object* function_descr_get(Object* self, Object* obj, Object* /*type*/) {
    if (!obj || obj == None()) {
        incref(self);
        return self;
    }
    return method_new(self, obj);
}

// ---- attributes (CPython: func_getsetlist, func_memberlist)
Object* get_field(Object* field) {
    Object* v = field ? field : None();
    incref(v);
    return v;
}

int set_str_field(Object*& field, Object* value, const char* what) {
    if (!value || !is_str(value)) {
        set_error_fmt(&exc::TypeError, "{} must be set to a string object", what);
        return -1;
    }
    incref(value);
    Object* old = field;
    field = value;
    xdecref(old);
    return 0;
}

int set_field(Object*& field, Object* value) {
    xincref(value);
    Object* old = field;
    field = value;
    xdecref(old);
    return 0;
}

const GetSetDef FUNCTION_GETSET[] = {
    {"__name__", [](Object* f) { return get_field(as_func(f)->func_name); },
     [](Object* f, Object* v) { return set_str_field(as_func(f)->func_name, v, "__name__"); }, nullptr},
    {"__qualname__", [](Object* f) { return get_field(as_func(f)->func_qualname); },
     [](Object* f, Object* v) { return set_str_field(as_func(f)->func_qualname, v, "__qualname__"); }, nullptr},
    {"__doc__", [](Object* f) { return get_field(as_func(f)->func_doc); },
     [](Object* f, Object* v) { return set_field(as_func(f)->func_doc, v); }, nullptr},
    {"__module__", [](Object* f) { return get_field(as_func(f)->func_module); },
     [](Object* f, Object* v) { return set_field(as_func(f)->func_module, v); }, nullptr},
    {"__defaults__", [](Object* f) { return get_field(as_func(f)->func_defaults); },
     [](Object* f, Object* v) { return set_field(as_func(f)->func_defaults, v == None() ? nullptr : v); }, nullptr},
    {"__kwdefaults__", [](Object* f) { return get_field(as_func(f)->func_kwdefaults); },
     [](Object* f, Object* v) { return set_field(as_func(f)->func_kwdefaults, v == None() ? nullptr : v); }, nullptr},
    {"__globals__", [](Object* f) { return get_field(as_func(f)->func_globals); }, nullptr, nullptr},
    {"__builtins__", [](Object* f) { return get_field(as_func(f)->func_builtins); }, nullptr, nullptr},
    {"__annotations__",
     [](Object* f) -> Object* {
         // MAKE_FUNCTION leaves them as a tuple (name, value, ...), made
         // into a dict on first use as CPython 3.11 does.
         Object*& d = as_func(f)->func_annotations;
         if (d && is_tuple(d)) {
             Object* dict = dict_new();
             if (!dict) return nullptr;
             for (ssize_t i = 0; i + 1 < tuple_size(d); i += 2)
                 if (dict_setitem(dict, tuple_item(d, i), tuple_item(d, i + 1)) < 0) {
                     decref(dict);
                     return nullptr;
                 }
             decref(d);
             d = dict;
         }
         if (!d && !(d = dict_new())) return nullptr;
         return get_field(d);
     },
     [](Object* f, Object* v) -> int {
         if (v && v != None() && !is_dict(v)) {
             set_error(&exc::TypeError, "__annotations__ must be set to a dict object");
             return -1;
         }
         return set_field(as_func(f)->func_annotations, v == None() ? nullptr : v);
     },
     nullptr},
    {"__closure__", [](Object* f) { return get_field(as_func(f)->func_closure); }, nullptr, nullptr},
    {"__code__", [](Object* f) { return get_field(as_func(f)->func_code); },
     [](Object* f, Object* v) -> int {
         int nfree = v ? eval_hooks().code_free_vars(v) : -1;
         if (nfree < 0) {
             set_error(&exc::TypeError, "__code__ must be set to a code object");
             return -1;
         }
         Object* closure = as_func(f)->func_closure;
         ssize_t ncells = closure ? tuple_size(closure) : 0;
         if (ncells != nfree) {
             set_error_fmt(&exc::ValueError, "{}() requires a code object with {} free vars, not {}",
                           str_to_utf8(as_func(f)->func_name), ncells, nfree);
             return -1;
         }
         return set_field(as_func(f)->func_code, v);
     },
     nullptr},
    {"__dict__",
     [](Object* f) -> Object* {
         Object*& d = as_func(f)->func_dict;
         if (!d && !(d = dict_new())) return nullptr;
         return get_field(d);
     },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_function_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "function";
    t.tp_basicsize = sizeof(FunctionObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = function_dealloc;
    t.tp_traverse = function_traverse;
    t.tp_clear = function_clear;
    t.tp_repr = function_repr;
    t.tp_call = function_call;
    t.tp_descr_get = function_descr_get;
    t.tp_getset = FUNCTION_GETSET;
    // A function has a __dict__ for attributes set on it (f.calls = 0).
    // FunctionObject derives from Object, so it is not standard-layout and
    // offsetof is only conditionally supported; GCC and Clang give the
    // obvious answer, which is all type_ready relies on.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    t.tp_dictoffset = offsetof(FunctionObject, func_dict);
#pragma GCC diagnostic pop
    return t;
}

}  // namespace

TypeObject function_type = make_function_type();

Object* function_new(Object* code, Object* globals, Object* qualname) {
    Object* self = alloc_object(&function_type);
    if (!self) return no_memory();
    FunctionObject* f = as_func(self);
    each_field(f, [](Object*& field) { field = nullptr; });
    incref(code);
    f->func_code = code;
    incref(globals);
    f->func_globals = globals;
    Object* builtins = builtins_of_globals(globals);
    incref(builtins);
    f->func_builtins = builtins;
    f->func_name = eval_hooks().code_name(code);
    if (qualname) {
        incref(qualname);
        f->func_qualname = qualname;
    } else {
        f->func_qualname = eval_hooks().code_qualname(code);
    }
    f->func_doc = eval_hooks().code_doc(code);
    Object* module = dict_getitem_str(globals, "__name__");
    f->func_module = module ? (incref(module), module) : nullptr;
    gc::track(interp().gc, self);
    return self;
}

// ---- cells ----------------------------------------------------------------------------------

namespace {

void cell_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    clear(static_cast<CellObject*>(self)->ob_ref);
    free_object(self);
}

int cell_traverse(Object* self, visitproc visit, void* arg) {
    Object* ref = static_cast<CellObject*>(self)->ob_ref;
    return ref ? visit(ref, arg) : 0;
}

int cell_clear(Object* self) {
    clear(static_cast<CellObject*>(self)->ob_ref);
    return 0;
}

Object* cell_repr(Object* self) {
    Object* ref = static_cast<CellObject*>(self)->ob_ref;
    if (!ref) return str_from_utf8(fmt::format("<cell at {}: empty>", static_cast<const void*>(self)));
    return str_from_utf8(fmt::format("<cell at {}: {} object at {}>", static_cast<const void*>(self),
                                     ref->ob_type->tp_name, static_cast<const void*>(ref)));
}

// cell.cell_contents: the variable's value, as inspect.getclosurevars and
// the closures tutorials read it; unbound reads as "Cell is empty", and
// assigning or deleting changes the variable for every function sharing it.
const GetSetDef CELL_GETSET[] = {
    {"cell_contents",
     [](Object* self) -> Object* {
         Object* ref = static_cast<CellObject*>(self)->ob_ref;
         if (!ref) {
             set_error(&exc::ValueError, "Cell is empty");
             return nullptr;
         }
         incref(ref);
         return ref;
     },
     [](Object* self, Object* value) -> int {
         auto* cell = static_cast<CellObject*>(self);
         xincref(value);
         Object* old = cell->ob_ref;
         cell->ob_ref = value;
         xdecref(old);
         return 0;
     },
     nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_cell_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "cell";
    t.tp_basicsize = sizeof(CellObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = cell_dealloc;
    t.tp_traverse = cell_traverse;
    t.tp_clear = cell_clear;
    t.tp_repr = cell_repr;
    t.tp_getset = CELL_GETSET;
    return t;
}

}  // namespace

TypeObject cell_type = make_cell_type();

Object* cell_new(Object* value) {
    Object* self = alloc_object(&cell_type);
    if (!self) return no_memory();
    xincref(value);
    static_cast<CellObject*>(self)->ob_ref = value;
    gc::track(interp().gc, self);
    return self;
}

// ---- built-in functions --------------------------------------------------------------------------

namespace {

void builtin_dealloc(Object* self) {
    clear(static_cast<BuiltinFunctionObject*>(self)->self);
    free_object(self);
}

Object* builtin_repr(Object* self) {
    auto* b = static_cast<BuiltinFunctionObject*>(self);
    if (!b->self || b->self->ob_type->tp_name == std::string_view("module"))
        return str_from_utf8(fmt::format("<built-in function {}>", b->def->name));
    return str_from_utf8(fmt::format("<built-in method {} of {} object at {}>", b->def->name,
                                     b->self->ob_type->tp_name, static_cast<const void*>(b->self)));
}

Object* builtin_call(Object* self, Object* args, Object* kwargs) {
    return call_vector_from_dict(
        args, kwargs,
        [](void* b, Object* const* v, ssize_t npos, Object* names) {
            auto* fn = static_cast<BuiltinFunctionObject*>(b);
            return fn->def->call(fn->self, v, npos, names);
        },
        self);
}

BuiltinFunctionObject* as_builtin(Object* o) { return static_cast<BuiltinFunctionObject*>(o); }

// A function of a module has the module as its self (or none: the
// builtins' own functions); a method has the object it is bound to.
bool bound_to_object(const BuiltinFunctionObject* b) {
    return b->self && b->self->ob_type->tp_name != std::string_view("module");
}

// __qualname__ (CPython: meth_get__qualname__): a method is named after the
// class of its self (or its self, when that is a class, as for dict.fromkeys).
Object* builtin_qualname(Object* self) {
    auto* b = as_builtin(self);
    if (!bound_to_object(b)) return str_from_utf8(b->def->name);
    Object* type = is_type(b->self) ? b->self : b->self->ob_type;
    return descr_qualname(static_cast<TypeObject*>(type), b->def->name);
}

// __module__: the module's name for a module's function ("builtins" for the
// builtins, which have no self here), None for a method.
Object* builtin_module(Object* self) {
    auto* b = as_builtin(self);
    if (bound_to_object(b)) return get_field(nullptr);
    if (!b->self) return str_from_utf8("builtins");
    return get_attr_str(b->self, "__name__");
}

const GetSetDef BUILTIN_GETSET[] = {
    {"__name__", [](Object* f) { return str_from_utf8(as_builtin(f)->def->name); }, nullptr, nullptr},
    {"__qualname__", builtin_qualname, nullptr, nullptr},
    {"__self__", [](Object* f) { return get_field(as_builtin(f)->self); }, nullptr, nullptr},
    {"__module__", builtin_module, nullptr, nullptr},
    {"__doc__", [](Object* f) { return doc_after_signature(as_builtin(f)->def->name, as_builtin(f)->def->doc); },
     nullptr, nullptr},
    {"__text_signature__",
     [](Object* f) { return text_signature_of(as_builtin(f)->def->name, as_builtin(f)->def->doc); }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// __reduce__ (CPython: meth_reduce): a module's function pickles by its
// name; a method as getattr(self, name), which finds it again.
Object* builtin_reduce(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* b = as_builtin(self);
    if (!bound_to_object(b)) return builtin_qualname(self);
    Ref<> getattr_func = Ref<>::steal(get_attr_str(interp().builtins, "getattr"));
    Ref<> name = Ref<>::steal(str_from_utf8(b->def->name));
    if (!getattr_func || !name) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({b->self, name.get()}));
    if (!args) return nullptr;
    return tuple_pack({getattr_func.get(), args.get()});
}

const BuiltinDef BUILTIN_METHODS[] = {
    {"__reduce__", builtin_reduce, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeObject make_builtin_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "builtin_function_or_method";
    t.tp_getset = BUILTIN_GETSET;
    t.tp_methods = BUILTIN_METHODS;
    t.tp_basicsize = sizeof(BuiltinFunctionObject);
    t.tp_dealloc = builtin_dealloc;
    t.tp_repr = builtin_repr;
    t.tp_call = builtin_call;
    return t;
}

}  // namespace

TypeObject builtin_function_type = make_builtin_type();

Object* builtin_function_new(const BuiltinDef* def, Object* self) {
    Object* o = alloc_object(&builtin_function_type);
    if (!o) return no_memory();
    auto* b = static_cast<BuiltinFunctionObject*>(o);
    b->def = def;
    xincref(self);
    b->self = self;
    return o;
}

}  // namespace glasspy::rt
