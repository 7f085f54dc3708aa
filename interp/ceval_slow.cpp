// The eval loop's slower helpers, kept out of its cases (CPython: the
// static functions of Python/ceval.c): name lookup, raising, exception
// handlers, calls that are not Python-to-Python, unpacking, building
// containers, making functions.
#include <vector>

#include "interp/ceval_internal.hpp"
#include "runtime/abstract.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using namespace rt;

// ---- the prompt's echo and module annotations -------------------------------------------------

// PRINT_EXPR: an expression statement typed at the prompt hands its value to
// sys.displayhook, which prints the repr and keeps it in builtins._ (so a
// program may replace the hook, as IPython does).
bool print_expr(Object* value) {
    Object* sys = rt::interp().sys_dict;
    Object* hook = sys ? dict_getitem_str(sys, "displayhook") : nullptr;
    if (!hook) {
        if (!error_occurred()) set_error(&exc::RuntimeError, "lost sys.displayhook");
        return false;
    }
    Ref<> result = Ref<>::steal(call(hook, &value, 1));
    return static_cast<bool>(result);
}

// SETUP_ANNOTATIONS: a module or class body with annotated names gets its
// __annotations__ dict before the first one is stored.
bool setup_annotations(Frame* f) {
    if (!f->f_locals) {
        set_error(&exc::SystemError, "no locals found when setting up annotations");
        return false;
    }
    if (dict_getitem_str(f->f_locals, "__annotations__")) return true;
    if (error_occurred()) return false;
    Ref<> ann = Ref<>::steal(dict_new());
    return ann && dict_setitem_str(f->f_locals, "__annotations__", ann.get()) == 0;
}

// ---- names ------------------------------------------------------------------------------------

// The NameError carries the name, for the traceback's "Did you mean"
// (CPython: format_exc_check_arg).
void name_error(Object* name) {
    set_name_error(fmt::format("name '{}' is not defined", str_to_utf8(name)), name);
}

// Only the NameError carries the name, as in CPython (format_exc_unbound):
// an UnboundLocalError's name stays unset.
void unbound_deref_error(const CodeObject* co, int index) {
    Object* name_object = tuple_item(co->co_localsplusnames, index);
    std::string name = str_to_utf8(name_object);
    if (index < co->co_nlocalsplus - co->co_nfreevars) {
        set_error_fmt(&exc::UnboundLocalError,
                      "cannot access local variable '{}' where it is not associated with a value", name);
    } else {
        set_name_error(
            fmt::format("cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                        name),
            name_object);
    }
}

Object* import_name(Frame* f, Object* name, Object* fromlist, Object* level) {
    Object* import_func = dict_getitem_str(f->f_builtins, "__import__");
    if (!import_func) {
        if (!error_occurred()) set_error(&exc::ImportError, "__import__ not found");
        return nullptr;
    }
    if (import_func->ob_type == &builtin_function_type &&
        static_cast<BuiltinFunctionObject*>(import_func)->def == &IMPORT_BUILTIN) {
        ssize_t lv;
        if (!int_as_ssize(level, &lv)) return nullptr;
        return import_module_level(name, f->f_globals, fromlist, static_cast<int>(lv));
    }
    Object* locals = f->f_locals ? f->f_locals : None();
    Object* args[] = {name, f->f_globals, locals, fromlist, level};
    return call(import_func, args, 5);
}

Object* load_global(Frame* f, Object* name) {
    if (Object* v = dict_getitem(f->f_globals, name)) {
        incref(v);
        return v;
    }
    if (error_occurred()) return nullptr;
    if (Object* v = dict_getitem(f->f_builtins, name)) {
        incref(v);
        return v;
    }
    if (!error_occurred()) name_error(name);
    return nullptr;
}

Object* load_name(Frame* f, Object* name) {
    if (Object* ns = f->f_locals) {
        if (ns->ob_type == &dict_type) {
            if (Object* v = dict_getitem(ns, name)) {
                incref(v);
                return v;
            }
            if (error_occurred()) return nullptr;
        } else {
            // A namespace from a metaclass's __prepare__.
            if (Object* v = get_item(ns, name)) return v;
            if (!error_matches(&exc::KeyError)) return nullptr;
            clear_error();
        }
    }
    return load_global(f, name);
}

// ---- exceptions -------------------------------------------------------------------------------

// The handler for the instruction at `index`, if the exception table has one.
const ExceptionTableEntry* find_handler(const CodeObject* co, int index) {
    for (const ExceptionTableEntry& e : co->co_data->exceptiontable)
        if (e.start <= index && index < e.end) return &e;
    return nullptr;
}

// RAISE_VARARGS: raise exc [from cause]; an exception class is instantiated.
bool do_raise(Object* exc, Object* cause) {
    Object* value = nullptr;
    if (!exc) {
        Object* handled = ThreadState::current()->handled_exception;
        if (!handled) {
            set_error(&exc::RuntimeError, "No active exception to reraise");
            return false;
        }
        set_exception(handled);
        return false;
    }
    if (exc->ob_type == &type_type && is_subtype(static_cast<TypeObject*>(exc), &exc::BaseException)) {
        value = call(exc, nullptr, 0);
        if (!value) return false;
    } else if (is_instance_of(exc, &exc::BaseException)) {
        incref(exc);
        value = exc;
    } else {
        set_error(&exc::TypeError, "exceptions must derive from BaseException");
        return false;
    }
    if (cause) {
        Object* fixed = nullptr;
        if (cause == None()) {
            // `from None`: no cause, and the context is suppressed.
        } else if (cause->ob_type == &type_type &&
                   is_subtype(static_cast<TypeObject*>(cause), &exc::BaseException)) {
            fixed = call(cause, nullptr, 0);
            if (!fixed) {
                decref(value);
                return false;
            }
        } else if (is_instance_of(cause, &exc::BaseException)) {
            incref(cause);
            fixed = cause;
        } else {
            decref(value);
            set_error(&exc::TypeError, "exception causes must derive from BaseException");
            return false;
        }
        auto* e = static_cast<BaseExceptionObject*>(value);
        Object* old = e->cause;
        e->cause = fixed;
        xdecref(old);
        e->suppress_context = 1;
    }
    set_exception(value);
    decref(value);
    return false;
}

// A new exception's __context__ is the one being handled (implicit
// chaining: "During handling of the above exception, another exception
// occurred").
void chain_context() {
    ThreadState* ts = ThreadState::current();
    Object* exc = ts->current_exception;
    Object* handled = ts->handled_exception;
    if (!exc || !handled || exc == handled) return;
    auto* e = static_cast<BaseExceptionObject*>(exc);
    if (e->context) return;
    incref(handled);
    e->context = handled;
}

// ---- calls ------------------------------------------------------------------------------------

// Calls a non-Python callable with a vector of arguments.
Object* call_object(Object* callable, Object* const* args, ssize_t npos, Object* kwnames) {
    if (is_method_descr(callable) && npos >= 1) {
        if (!method_descr_check(callable, args[0])) return nullptr;
        return method_descr_call_on(callable, args[0], args + 1, npos - 1, kwnames);
    }
    if (callable->ob_type == &builtin_function_type) {
        auto* b = static_cast<BuiltinFunctionObject*>(callable);
        return b->def->call(b->self, args, npos, kwnames);
    }
    return call(callable, args, static_cast<std::size_t>(npos), kwnames);
}

namespace {

// A special method bound to o, or null (no error) when o's type has none
// (CPython: _PyObject_LookupSpecial).
Object* lookup_special(Object* o, const char* name) {
    Ref<> n = Ref<>::steal(str_intern(name));
    Object* f = type_lookup(o->ob_type, n.get());
    if (!f) return nullptr;
    if (descrgetfunc get = f->ob_type->tp_descr_get) return get(f, o, o->ob_type);
    incref(f);
    return f;
}

}  // namespace

Object* enter_context(Object* mgr, Object** exit) {
    Ref<> enter = Ref<>::steal(lookup_special(mgr, "__enter__"));
    if (!enter) {
        if (!error_occurred())
            set_error_fmt(&exc::TypeError, "'{}' object does not support the context manager protocol",
                          type_name(mgr));
        return nullptr;
    }
    *exit = lookup_special(mgr, "__exit__");
    if (!*exit) {
        if (!error_occurred())
            set_error_fmt(&exc::TypeError,
                          "'{}' object does not support the context manager protocol (missed __exit__ method)",
                          type_name(mgr));
        return nullptr;
    }
    Object* r = call(enter.get(), nullptr, 0);
    if (!r) clear(*exit);
    return r;
}

Object* call_exit_with(Object* exit, Object* exc) {
    Object* tb = static_cast<BaseExceptionObject*>(exc)->traceback;
    Object* args[] = {exc->ob_type, exc, tb ? tb : None()};
    return call(exit, args, 3);
}

// A frame for calling func with these arguments (not yet linked in).
Frame* frame_for_call(FunctionObject* func, Object* const* args, ssize_t npos, Object* kwnames) {
    auto* co = static_cast<CodeObject*>(func->func_code);
    Object* builtins = func->func_builtins ? func->func_builtins : func->func_globals;
    Frame* f = frame_new(co, func, func->func_globals, builtins, nullptr);
    if (!f) return nullptr;
    if (!bind_arguments(f, func, args, npos, kwnames)) {
        frame_free(f);
        return nullptr;
    }
    return f;
}

// ---- unpacking ----------------------------------------------------------------------------------

bool unpack_iterable(Object* seq, int before, int after, Object** sp) {
    Object* it = get_iter(seq);
    if (!it) return false;
    std::vector<Object*> items;
    // Without a star, one item past the targets is enough to know there are
    // too many (an endless iterator must not hang: CPython stops there too).
    std::size_t limit = after < 0 ? static_cast<std::size_t>(before) + 1 : SIZE_MAX;
    while (items.size() < limit) {
        Object* x = iter_next(it);
        if (!x) break;
        items.push_back(x);
    }
    decref(it);
    auto drop = [&] {
        for (Object* x : items) decref(x);
        return false;
    };
    if (error_occurred()) return drop();
    std::size_t fixed = static_cast<std::size_t>(before) + static_cast<std::size_t>(after < 0 ? 0 : after);
    if (after < 0) {
        if (items.size() != fixed) {
            if (items.size() < fixed)
                set_error_fmt(&exc::ValueError, "not enough values to unpack (expected {}, got {})", before,
                              items.size());
            else
                set_error_fmt(&exc::ValueError, "too many values to unpack (expected {})", before);
            return drop();
        }
    } else if (items.size() < fixed) {
        set_error_fmt(&exc::ValueError, "not enough values to unpack (expected at least {}, got {})", fixed,
                      items.size());
        return drop();
    }
    // The targets in order: before the star, the starred list, after it.
    std::vector<Object*> targets(items.begin(), items.begin() + before);
    if (after >= 0) {
        std::size_t middle = items.size() - fixed;
        Object* star = list_new(static_cast<ssize_t>(middle));
        if (!star) return drop();
        for (std::size_t i = 0; i < middle; ++i)
            static_cast<ListObject*>(star)->ob_item[i] = items[static_cast<std::size_t>(before) + i];
        targets.push_back(star);
        targets.insert(targets.end(), items.end() - after, items.end());
    }
    // The first target ends on top of the stack.
    for (std::size_t k = 0; k < targets.size(); ++k) sp[k] = targets[targets.size() - 1 - k];
    return true;
}

// ---- building ----------------------------------------------------------------------------------------

Object* build_map(Object* const* items, int pairs) {
    Object* d = dict_new();
    if (!d) return nullptr;
    for (int i = 0; i < pairs; ++i) {
        if (dict_setitem(d, items[2 * i], items[2 * i + 1]) < 0) {
            decref(d);
            return nullptr;
        }
    }
    return d;
}

Object* build_const_key_map(Object* keys, Object* const* values, int n) {
    Object* d = dict_new();
    if (!d) return nullptr;
    for (int i = 0; i < n; ++i) {
        if (dict_setitem(d, tuple_item(keys, i), values[i]) < 0) {
            decref(d);
            return nullptr;
        }
    }
    return d;
}

Object* build_set(Object* const* items, int n) {
    Object* set = set_new(nullptr);
    if (!set) return nullptr;
    for (int i = 0; i < n; ++i) {
        if (set_add(set, items[i]) < 0) {
            decref(set);
            return nullptr;
        }
    }
    return set;
}

int list_extend_for_star(Object* list, Object* iterable) {
    int r = list_extend(list, iterable);
    if (r < 0 && error_matches(&exc::TypeError) && !iterable->ob_type->tp_iter && !iterable->ob_type->sq_item) {
        clear_error();
        set_error_fmt(&exc::TypeError, "Value after * must be an iterable, not {}", type_name(iterable));
    }
    return r;
}

Object* format_value(Object* v, int conversion, Object* spec) {
    if (!conversion) return format(v, spec);
    // oparg & 3 of FORMAT_VALUE: 1 !s, 2 !r, 3 !a (CPython's FVC_STR, FVC_REPR, FVC_ASCII).
    Object* converted = conversion == 1 ? str(v) : conversion == 2 ? repr(v) : ascii(v);
    if (!converted) return nullptr;
    Object* r = format(converted, spec);
    decref(converted);
    return r;
}

// ---- functions and calls ------------------------------------------------------------------------------

Object* make_function(Frame* f, int oparg, Object** sp) {
    Object** p = sp;
    Object* code = *--p;
    Object* closure = (oparg & 8) ? *--p : nullptr;
    Object* annotations = (oparg & 4) ? *--p : nullptr;
    Object* kwdefaults = (oparg & 2) ? *--p : nullptr;
    Object* defaults = (oparg & 1) ? *--p : nullptr;
    Object* fn = function_new(code, f->f_globals, static_cast<CodeObject*>(code)->co_qualname);
    decref(code);
    if (!fn) {
        xdecref(closure);
        xdecref(annotations);
        xdecref(kwdefaults);
        xdecref(defaults);
        return nullptr;
    }
    auto* func = static_cast<FunctionObject*>(fn);
    func->func_closure = closure;
    func->func_annotations = annotations;
    func->func_kwdefaults = kwdefaults;
    func->func_defaults = defaults;
    if (!func->func_builtins) {
        incref(f->f_builtins);
        func->func_builtins = f->f_builtins;
    }
    return fn;
}

Object* call_function_ex(Object* callable, Object* callargs, Object* kwargs) {
    Object* args = nullptr;
    if (is_tuple(callargs)) {
        incref(callargs);
        args = callargs;
    } else {
        Object* list = list_from_iterable(callargs);
        if (!list) return nullptr;
        args = list_as_tuple(list);
        decref(list);
        if (!args) return nullptr;
    }
    ternaryfunc f = callable->ob_type->tp_call;
    Object* r = nullptr;
    if (f)
        r = f(callable, args, kwargs);
    else
        set_error_fmt(&exc::TypeError, "'{}' object is not callable", type_name(callable));
    decref(args);
    return r;
}

}  // namespace glasspy::interp
