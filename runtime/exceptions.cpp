// The built-in exceptions: one static type per line of exceptions.def,
// sharing BaseException's layout and behaviour (CPython:
// Objects/exceptions.c).  Exceptions with extra attributes get their own
// structs when the interpreter first needs them: SyntaxError's position
// (syntax_error.cpp), OSError's errno (os_error.cpp), NameError's and
// AttributeError's name (name_error.cpp, attribute_error.cpp).
#include "runtime/exceptions.hpp"

#include <algorithm>
#include <cstddef>

#include "gc/gc_head.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace exc {
#define GP_EXCEPTION(name, base, doc) TypeObject name;
#include "runtime/exceptions.def"
#undef GP_EXCEPTION
}  // namespace exc

namespace {

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }




void BaseException_dealloc(Object* self) {
    if (gc::is_tracked(self)) gc::untrack(self);
    BaseException_clear(self);
    free_object(self);
}



// repr(e): Name('msg') for one argument, Name(a, b) otherwise.
Object* BaseException_repr(Object* self) {
    Object* args = as_exc(self)->args;
    std::string_view name = type_name(self);
    Object* inner = tuple_size(args) == 1 ? repr(tuple_item(args, 0)) : repr(args);
    if (!inner) return nullptr;
    std::string text(name);
    std::string r = str_to_utf8(inner);
    decref(inner);
    text += tuple_size(args) == 1 ? "(" + r + ")" : r;
    return str_from_utf8(text);
}

// BaseException's attributes (CPython: BaseException_getset).
Object* exc_field(Object* field) {
    Object* v = field ? field : None();
    incref(v);
    return v;
}

// __context__ and __cause__ hold an exception or None (CPython:
// BaseException_set_context / _set_cause).
bool exc_link_ok(Object* v, const char* name) {
    if (!v) {
        set_error_fmt(&exc::TypeError, "{} may not be deleted", name);
        return false;
    }
    if (v != None() && !(v->ob_type->tp_flags & TPFLAGS_BASE_EXC_SUBCLASS)) {
        set_error_fmt(&exc::TypeError, "exception {} must be None or derive from BaseException",
                      std::string_view(name).substr(2, std::string_view(name).size() - 4));
        return false;
    }
    return true;
}

int exc_set(Object*& field, Object* value) {
    Object* v = value == None() ? nullptr : value;
    xincref(v);
    Object* old = field;
    field = v;
    xdecref(old);
    return 0;
}

}  // namespace

bool exception_set_traceback(Object* e, Object* tb) {
    // The traceback type is the interpreter's (interp/traceback.hpp), out
    // of the runtime's sight: known by its name.
    bool is_traceback = tb->ob_type->tp_name == std::string_view("traceback") && !is_heap_type(tb->ob_type);
    if (tb != None() && !is_traceback) {
        set_error(&exc::TypeError, "__traceback__ must be a traceback or None");
        return false;
    }
    exc_set(as_exc(e)->traceback, tb);
    return true;
}

namespace {

const GetSetDef EXCEPTION_GETSET[] = {
    // The instance attributes (e.errno_hint = ..., e.__notes__), in the
    // dict field that tp_dictoffset points at: made on first use.
    {"__dict__",
     [](Object* e) -> Object* {
         Object*& d = as_exc(e)->dict;
         if (!d && !(d = dict_new())) return nullptr;
         incref(d);
         return d;
     },
     [](Object* e, Object* v) -> int {
         if (!v) {
             set_error(&exc::TypeError, "__dict__ may not be deleted");
             return -1;
         }
         if (!is_dict(v)) {
             set_error_fmt(&exc::TypeError, "__dict__ must be set to a dictionary, not a '{}'", type_name(v));
             return -1;
         }
         return exc_set(as_exc(e)->dict, v);
     },
     nullptr},
    {"args", [](Object* e) { return exc_field(as_exc(e)->args); },
     [](Object* e, Object* v) -> int {
         if (!v) {
             set_error(&exc::TypeError, "args may not be deleted");
             return -1;
         }
         Object* t = is_tuple(v) ? (incref(v), v) : tuple_pack({v});
         if (!t) return -1;
         Object* old = as_exc(e)->args;
         as_exc(e)->args = t;
         xdecref(old);
         return 0;
     },
     nullptr},
    {"__traceback__", [](Object* e) { return exc_field(as_exc(e)->traceback); },
     [](Object* e, Object* v) {
         if (!v) {
             set_error(&exc::TypeError, "__traceback__ may not be deleted");
             return -1;
         }
         return exception_set_traceback(e, v) ? 0 : -1;
     },
     nullptr},
    {"__context__", [](Object* e) { return exc_field(as_exc(e)->context); },
     [](Object* e, Object* v) {
         if (!exc_link_ok(v, "__context__")) return -1;
         return exc_set(as_exc(e)->context, v);
     },
     nullptr},
    {"__cause__", [](Object* e) { return exc_field(as_exc(e)->cause); },
     [](Object* e, Object* v) {
         if (!exc_link_ok(v, "__cause__")) return -1;
         as_exc(e)->suppress_context = 1;
         return exc_set(as_exc(e)->cause, v);
     },
     nullptr},
    {"__suppress_context__",
     [](Object* e) {
         return bool_from(as_exc(e)->suppress_context != 0);
     },
     [](Object* e, Object* v) {
         if (!v) {
             set_error(&exc::TypeError, "can't delete numeric/char attribute");
             return -1;
         }
         if (v->ob_type != &bool_type) {
             set_error(&exc::TypeError, "attribute value type must be bool");
             return -1;
         }
         as_exc(e)->suppress_context = static_cast<char>(v == true_object);
         return 0;
     },
     nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// str(KeyError(k)) is repr(k), so that a missing '' key reads KeyError: ''
// (CPython: KeyError_str).
Object* KeyError_str(Object* self) {
    Object* args = as_exc(self)->args;
    if (tuple_size(args) == 1) return repr(tuple_item(args, 0));
    return BaseException_str(self);
}

}  // namespace

// str(e): '' for no arguments, str(arg) for one, str(args) otherwise.
Object* BaseException_str(Object* self) {
    Object* args = as_exc(self)->args;
    switch (tuple_size(args)) {
        case 0: return str_from_utf8("");
        case 1: return str(tuple_item(args, 0));
        default: return str(args);
    }
}

Object* BaseException_new(TypeObject* type, Object* args, Object* /*kwargs*/) {
    Object* self = alloc_object(type);
    if (!self) return no_memory();
    auto* e = as_exc(self);
    e->dict = e->notes = e->traceback = e->context = e->cause = nullptr;
    e->suppress_context = 0;
    e->args = args ? (incref(args), args) : tuple_new(0);
    if (!e->args) {
        decref(self);
        return nullptr;
    }
    gc::track(interp().gc, self);
    return self;
}

int BaseException_init(Object* self, Object* args, Object* /*kwargs*/) {
    auto* e = as_exc(self);
    incref(args);
    Object* old = e->args;
    e->args = args;
    xdecref(old);
    return 0;
}

int BaseException_clear(Object* self) {
    auto* e = as_exc(self);
    clear(e->dict);
    clear(e->args);
    clear(e->notes);
    clear(e->traceback);
    clear(e->context);
    clear(e->cause);
    return 0;
}

int BaseException_traverse(Object* self, visitproc visit, void* arg) {
    auto* e = as_exc(self);
    for (Object* field : {e->dict, e->args, e->notes, e->traceback, e->context, e->cause})
        if (field)
            if (int r = visit(field, arg)) return r;
    return 0;
}

namespace exc {
// exceptions.def names `object` as BaseException's base.
static TypeObject& object = object_type;
}  // namespace exc

namespace {

void init_exception(TypeObject& type, TypeObject& base, const char* name, const char* doc) {
    type.ob_refcnt = 1;
    type.tp_name = name;
    type.tp_doc = doc;
    type.tp_base = &base;
    // An exception with fields (SyntaxError) and its subclasses keep their size.
    type.tp_basicsize = std::max({type.tp_basicsize, base.tp_basicsize,
                                  static_cast<ssize_t>(sizeof(BaseExceptionObject))});
    type.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS;
    if (&base == &object_type) {
        type.tp_new = BaseException_new;
        type.tp_init = BaseException_init;
        type.tp_dealloc = BaseException_dealloc;
        type.tp_traverse = BaseException_traverse;
        type.tp_clear = BaseException_clear;
        type.tp_str = BaseException_str;
        type.tp_repr = BaseException_repr;
        type.tp_getset = EXCEPTION_GETSET;
        // Exceptions take attributes (e.errno_hint = ..., add_note's __notes__).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
        type.tp_dictoffset = offsetof(BaseExceptionObject, dict);
#pragma GCC diagnostic pop
    }
    (void)type_ready(&type);
}

}  // namespace

// SystemExit.code: the exit status or message (CPython sets it from the
// arguments in SystemExit_init; here it is read from them).
const GetSetDef SYSTEM_EXIT_GETSET[] = {
    {"code",
     [](Object* e) -> Object* {
         Object* args = as_exc(e)->args;
         ssize_t n = args ? tuple_size(args) : 0;
         Object* code = n == 0 ? None() : n == 1 ? tuple_item(args, 0) : args;
         incref(code);
         return code;
     },
     nullptr, "exception code"},
    {nullptr, nullptr, nullptr, nullptr},
};

// StopIteration.value: what the generator returned (CPython sets it from
// the first argument in StopIteration_init; here it is read from it).
const GetSetDef STOP_ITERATION_GETSET[] = {
    {"value",
     [](Object* e) -> Object* {
         Object* args = as_exc(e)->args;
         Object* v = args && tuple_size(args) > 0 ? tuple_item(args, 0) : None();
         incref(v);
         return v;
     },
     nullptr, "generator return value"},
    {nullptr, nullptr, nullptr, nullptr},
};

void exceptions_init() {
    exc::SystemExit.tp_getset = SYSTEM_EXIT_GETSET;
    exc::StopIteration.tp_getset = STOP_ITERATION_GETSET;
    syntax_error_prepare();
    os_error_prepare();
    name_error_prepare();
    import_error_prepare();
    attribute_error_prepare();
    unicode_error_prepare();
    exception_reduce_prepare();
#define GP_EXCEPTION(name, base, doc) init_exception(exc::name, exc::base, #name, doc);
#include "runtime/exceptions.def"
#undef GP_EXCEPTION
    exc::KeyError.tp_str = KeyError_str;
}

Object* exception_new(TypeObject* type, std::string_view message) {
    Object* msg = str_from_utf8(message);
    if (!msg) return nullptr;
    Object* args = tuple_pack({msg});
    decref(msg);
    if (!args) return nullptr;
    Object* exc = type->tp_new(type, args, nullptr);
    // Exceptions with fields fill them in __init__ (SyntaxError.msg, and
    // NameError.name reset to unset).
    if (exc && type->tp_init != BaseException_init && type->tp_init(exc, args, nullptr) < 0) clear(exc);
    decref(args);
    return exc;
}

}  // namespace glasspy::rt
