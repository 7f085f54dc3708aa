// The built-in functions and the names of the built-in types (CPython:
// Python/bltinmodule.c).  Each function takes the vectorcall shape
// (runtime/function.hpp) and checks its arguments with CPython's messages.
#include "stdlib/builtins.hpp"

#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool no_keywords(const char* name, Object* kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    set_error_fmt(&exc::TypeError, "{}() takes no keyword arguments", name);
    return false;
}

bool exactly_one(const char* name, ssize_t nargs) {
    if (nargs == 1) return true;
    set_error_fmt(&exc::TypeError, "{}() takes exactly one argument ({} given)", name, nargs);
    return false;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Object* builtin_print(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    std::string sep = " ", end = "\n";
    bool flush = false;
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; ++k) {
        std::string key = str_to_utf8(tuple_item(kwnames, k));
        Object* value = args[nargs + k];
        if (key == "sep" || key == "end") {
            if (value != None() && !is_str(value)) {
                set_error_fmt(&exc::TypeError, "{} must be None or a string, not {}", key, type_name(value));
                return nullptr;
            }
            if (value != None()) (key == "sep" ? sep : end) = str_to_utf8(value);
        } else if (key == "flush") {
            int t = is_true(value);
            if (t < 0) return nullptr;
            flush = t;
        } else if (key != "file") {
            set_error_fmt(&exc::TypeError, "'{}' is an invalid keyword argument for print()", key);
            return nullptr;
        }
    }
    std::string out;
    for (ssize_t i = 0; i < nargs; ++i) {
        if (i) out += sep;
        Object* s = str(args[i]);
        if (!s) return nullptr;
        out += str_to_utf8(s);
        decref(s);
    }
    out += end;
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (flush) std::fflush(stdout);
    return none_ref();
}

Object* builtin_len(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("len", kwnames) || !exactly_one("len", nargs)) return nullptr;
    ssize_t n = length(args[0]);
    return n < 0 ? nullptr : int_from_ssize(n);
}

Object* builtin_repr(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("repr", kwnames) || !exactly_one("repr", nargs)) return nullptr;
    return repr(args[0]);
}

Object* builtin_id(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("id", kwnames) || !exactly_one("id", nargs)) return nullptr;
    // id() is the object's address (CPython's), which is why a freed
    // object's id can come back for a new one.
    return int_from_ssize(static_cast<ssize_t>(reinterpret_cast<std::uintptr_t>(args[0])));
}

Object* builtin_isinstance(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("isinstance", kwnames)) return nullptr;
    if (nargs != 2) {
        set_error_fmt(&exc::TypeError, "isinstance expected 2 arguments, got {}", nargs);
        return nullptr;
    }
    Object* classinfo = args[1];
    auto check = [&](Object* t) { return t->ob_type == &type_type && is_instance_of(args[0], static_cast<TypeObject*>(t)); };
    if (is_tuple(classinfo)) {
        for (ssize_t i = 0; i < tuple_size(classinfo); ++i)
            if (check(tuple_item(classinfo, i))) return bool_from(true);
        return bool_from(false);
    }
    if (classinfo->ob_type != &type_type) {
        set_error(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return nullptr;
    }
    return bool_from(check(classinfo));
}

Object* builtin_abs(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("abs", kwnames) || !exactly_one("abs", nargs)) return nullptr;
    if (unaryfunc f = args[0]->ob_type->nb_absolute) return f(args[0]);
    set_error_fmt(&exc::TypeError, "bad operand type for abs(): '{}'", type_name(args[0]));
    return nullptr;
}

const BuiltinDef FUNCTIONS[] = {
    {"print", builtin_print, "Prints the values to a stream, or to sys.stdout by default."},
    {"len", builtin_len, "Return the number of items in a container."},
    {"repr", builtin_repr, "Return the canonical string representation of the object."},
    {"id", builtin_id, "Return the identity of an object."},
    {"isinstance", builtin_isinstance, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"abs", builtin_abs, "Return the absolute value of the argument."},
};

}  // namespace

Object* builtins_dict() {
    Object* d = dict_new();
    if (!d) return nullptr;
    auto put = [&](std::string_view name, Object* value) {
        if (!value || dict_setitem_str(d, name, value) < 0) return false;
        decref(value);
        return true;
    };
    for (const BuiltinDef& def : FUNCTIONS)
        if (!put(def.name, builtin_function_new(&def, nullptr))) return nullptr;
    for (TypeObject* t : {&object_type, &type_type, &int_type, &bool_type, &float_type, &str_type, &list_type,
                          &tuple_type, &dict_type}) {
        incref(t);
        if (!put(t->tp_name, t)) return nullptr;
    }
#define GP_EXCEPTION(name, base, doc) \
    incref(&exc::name);               \
    if (!put(#name, &exc::name)) return nullptr;
#include "runtime/exceptions.def"
#undef GP_EXCEPTION
    incref(None());
    if (!put("None", None())) return nullptr;
    incref(Ellipsis());
    if (!put("Ellipsis", Ellipsis())) return nullptr;
    incref(NotImplemented());
    if (!put("NotImplemented", NotImplemented())) return nullptr;
    return d;
}

}  // namespace glasspy::stdlib
