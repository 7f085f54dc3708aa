// The built-in functions that inspect objects, their attributes and their
// types: getattr, setattr, hasattr, delattr, isinstance, issubclass,
// callable, vars, dir, globals (CPython: Python/bltinmodule.c, with
// isinstance/issubclass's rules from Objects/abstract.c).
//
// globals(), and vars()/dir() without an argument, read the calling frame:
// a built-in function runs without a frame of its own, so the thread's
// current frame is the caller's.  Only frames with a locals dict (module and
// class bodies) can answer vars()/dir() for now; a function's locals live in
// its fast slots, which locals() will have to gather.
#include <string_view>

#include "interp/frame_object.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/builtins_internal.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool check_name(Object* name) {
    if (is_str(name)) return true;
    set_error_fmt(&exc::TypeError, "attribute name must be string, not '{}'", type_name(name));
    return false;
}

// getattr(object, name[, default])
Object* builtin_getattr(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("getattr", kwnames) || !check_positional("getattr", nargs, 2, 3)) return nullptr;
    if (!check_name(args[1])) return nullptr;
    Object* r = get_attr(args[0], args[1]);
    if (r || nargs == 2 || !error_matches(&exc::AttributeError)) return r;
    clear_error();
    return new_ref(args[2]).release();
}

// hasattr(obj, name): getattr succeeded, or failed with AttributeError;
// any other error propagates.
Object* builtin_hasattr(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("hasattr", kwnames) || !check_positional("hasattr", nargs, 2, 2)) return nullptr;
    if (!check_name(args[1])) return nullptr;
    Object* r = get_attr(args[0], args[1]);
    if (r) {
        decref(r);
        return bool_from(true);
    }
    if (!error_matches(&exc::AttributeError)) return nullptr;
    clear_error();
    return bool_from(false);
}

// setattr(obj, name, value)
Object* builtin_setattr(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("setattr", kwnames) || !check_positional("setattr", nargs, 3, 3)) return nullptr;
    if (set_attr(args[0], args[1], args[2]) < 0) return nullptr;
    return none_ref();
}

// delattr(obj, name)
Object* builtin_delattr(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("delattr", kwnames) || !check_positional("delattr", nargs, 2, 2)) return nullptr;
    if (set_attr(args[0], args[1], nullptr) < 0) return nullptr;
    return none_ref();
}


// isinstance(obj, class_or_tuple) and issubclass(cls, class_or_tuple):
// the rules and hooks are in runtime/isinstance.cpp.
Object* builtin_isinstance(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("isinstance", kwnames) || !check_positional("isinstance", nargs, 2, 2)) return nullptr;
    int r = object_isinstance(args[0], args[1]);
    return r < 0 ? nullptr : bool_from(r);
}

Object* builtin_issubclass(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("issubclass", kwnames) || !check_positional("issubclass", nargs, 2, 2)) return nullptr;
    int r = object_issubclass(args[0], args[1]);
    return r < 0 ? nullptr : bool_from(r);
}

// callable(obj): whether its type has a call slot.
Object* builtin_callable(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!exactly_one("callable", nargs, kwnames)) return nullptr;
    return bool_from(args[0]->ob_type->tp_call != nullptr);
}

interp::Frame* current_frame() { return static_cast<interp::Frame*>(ThreadState::current()->frame); }

// The caller's locals (a new reference), or null with an error.
Object* frame_locals(const char* what) {
    if (interp::Frame* f = current_frame()) {
        interp::FrameObject* fo = interp::frame_get_object(f);
        return fo ? interp::frame_object_locals(fo) : nullptr;
    }
    set_error_fmt(&exc::SystemError, "{}: no current frame", what);
    return nullptr;
}

// locals(): the caller's local variables.
Object* builtin_locals(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!no_arguments("locals", nargs, kwnames)) return nullptr;
    return frame_locals("locals()");
}

// globals(): the caller's module namespace (the dict itself).
Object* builtin_globals(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!no_arguments("globals", nargs, kwnames)) return nullptr;
    interp::Frame* f = current_frame();
    return new_ref(f ? f->f_globals : None()).release();
}

// vars([object]): object.__dict__, or the caller's locals.
Object* builtin_vars(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("vars", kwnames) || !check_positional("vars", nargs, 0, 1)) return nullptr;
    if (nargs == 0) {
        return frame_locals("vars()");
    }
    Object* d = get_attr_str(args[0], "__dict__");
    if (!d && error_matches(&exc::AttributeError)) {
        clear_error();
        set_error(&exc::TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

// dir([object]): a sorted list of names: the caller's local names, or
// type(object).__dir__(object)'s (dir_object, runtime/object_protocols.cpp).
Object* builtin_dir(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("dir", kwnames) || !check_positional("dir", nargs, 0, 1)) return nullptr;
    if (nargs == 1) return dir_object(args[0]);
    Ref<> locals = Ref<>::steal(frame_locals("dir()"));
    if (!locals) return nullptr;
    Ref<> list =
        Ref<>::steal(is_dict(locals.get()) ? dict_keys(locals.get()) : list_from_iterable(locals.get()));
    if (!list || list_sort(list.get()) < 0) return nullptr;
    return list.release();
}

// breakpoint(*args, **kws): sys.breakpointhook's call, so that the
// debugger can be chosen (PYTHONBREAKPOINT) or replaced.
Object* builtin_breakpoint(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* hook = dict_getitem_str(rt::interp().sys_dict, "breakpointhook");
    if (!hook) {
        set_error(&exc::RuntimeError, "lost sys.breakpointhook");
        return nullptr;
    }
    Ref<> keep = Ref<>::borrow(hook);
    return call(hook, args, static_cast<std::size_t>(nargs), kwnames);
}

const BuiltinDef FUNCTIONS[] = {
    {"breakpoint", builtin_breakpoint,
     "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\n"
     "whatever arguments are passed.\n\nBy default, this drops you into the pdb debugger."},
    {"callable", builtin_callable,
     "callable($module, obj, /)\n--\n\n"
     "Return whether the object is callable (i.e., some kind of function)."},
    {"delattr", builtin_delattr,
     "delattr($module, obj, name, /)\n--\n\n"
     "Deletes the named attribute from the given object."},
    {"dir", builtin_dir, "Show attributes of an object."},
    {"getattr", builtin_getattr, "Get a named attribute from an object."},
    {"locals", builtin_locals,
     "locals($module, /)\n--\n\n"
     "Return a dictionary containing the current scope's local variables."},
    {"globals", builtin_globals,
     "globals($module, /)\n--\n\n"
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", builtin_hasattr,
     "hasattr($module, obj, name, /)\n--\n\n"
     "Return whether the object has an attribute with the given name."},
    {"isinstance", builtin_isinstance,
     "isinstance($module, obj, class_or_tuple, /)\n--\n\n"
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass,
     "issubclass($module, cls, class_or_tuple, /)\n--\n\n"
     "Return whether 'cls' is derived from another class or is the same class."},
    {"setattr", builtin_setattr,
     "setattr($module, obj, name, value, /)\n--\n\n"
     "Sets the named attribute on the given object to the specified value."},
    {"vars", builtin_vars, "Show vars."},
};

}  // namespace

std::span<const BuiltinDef> attribute_builtins() { return FUNCTIONS; }

}  // namespace glasspy::stdlib
